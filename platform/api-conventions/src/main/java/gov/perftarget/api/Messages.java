package gov.perftarget.api;

import gov.perftarget.messages.MessageBundle;

/**
 * The texts of the API conventions in Chinese and English (消息资源), kept in {@code messages_zh.properties} and
 * {@code messages_en.properties} beside this class.
 */
public final class Messages {

    public static final MessageBundle MESSAGES = MessageBundle.of(Messages.class);

    private Messages() {
    }
}
