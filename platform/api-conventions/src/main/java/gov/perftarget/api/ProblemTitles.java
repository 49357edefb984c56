package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

/**
 * The title of a problem: the same for every occurrence of a status, in Chinese or English (RFC 9457 §3.1.3),
 * kept as {@code title.<status>} in the messages.
 */
final class ProblemTitles {

    private ProblemTitles() {
    }

    static String title(int status, Language language) {
        String key = "title." + status;
        return language.of(MESSAGES.has(key) ? MESSAGES.text(key) : MESSAGES.text("title.other", status));
    }
}
