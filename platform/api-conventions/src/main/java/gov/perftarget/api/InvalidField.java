package gov.perftarget.api;

import gov.perftarget.messages.BilingualText;

/**
 * One invalid field of a refused request, with its message in both languages; the problem
 * response gives the message in the language the client asked for ({@link Language}).
 *
 * @param field     path of the field in the request, e.g. {@code budget.basicExpenditure} or {@code keyTasks[2].name}
 * @param message   what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 */
public record InvalidField(String field, String message, String messageEn) {

    public InvalidField(String field, BilingualText text) {
        this(field, text.zh(), text.en());
    }

    /**
     * Builds an invalid field from a bilingual message written {@code "中文|English"}, the convention
     * of every constraint message in this project; a message without the bar is used for both.
     */
    public static InvalidField ofBilingual(String field, String bilingualMessage) {
        int bar = bilingualMessage.indexOf('|');
        if (bar < 0) {
            return new InvalidField(field, bilingualMessage, bilingualMessage);
        }
        return new InvalidField(field, bilingualMessage.substring(0, bar).trim(),
                bilingualMessage.substring(bar + 1).trim());
    }

    /** The message in both languages. */
    public BilingualText text() {
        return new BilingualText(message, messageEn);
    }

    /** The message in the given language. */
    public String message(Language language) {
        return language == Language.EN ? messageEn : message;
    }
}
