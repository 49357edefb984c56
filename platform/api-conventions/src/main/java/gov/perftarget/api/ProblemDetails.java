package gov.perftarget.api;

import java.util.Arrays;
import java.util.List;

import gov.perftarget.messages.MessageBundle;

/**
 * The detail a problem type's answer carries, for the API documents' examples: the text the module that answers
 * with it keeps under {@code problem.<slug>} (its {@code Messages} bundle), its placeholders shown as "…"; the
 * status's title when no module has one.
 */
final class ProblemDetails {

    /** The modules' message bundles, by their {@code Messages} classes; those on the class path are asked. */
    private static final List<String> MODULES = List.of("gov.perftarget.api", "gov.perftarget.messaging",
            "gov.perftarget.rules", "gov.perftarget.budget", "gov.perftarget.indicator", "gov.perftarget.review");

    private ProblemDetails() {
    }

    static String chinese(ProblemType type) {
        String key = "problem." + type.slug();
        for (String module : MODULES) {
            MessageBundle bundle = bundle(module);
            if (bundle != null && bundle.has(key)) {
                Object[] unknown = new Object[10];
                Arrays.fill(unknown, "…");
                return bundle.text(key, unknown).zh();
            }
        }
        return ProblemTitles.title(type.status(), Language.ZH);
    }

    private static MessageBundle bundle(String module) {
        try {
            Class<?> messages = Class.forName(module + ".Messages", true, Thread.currentThread().getContextClassLoader());
            return (MessageBundle) messages.getField("MESSAGES").get(null);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException absent) {
            return null; // a module this service does not hold
        }
    }
}
