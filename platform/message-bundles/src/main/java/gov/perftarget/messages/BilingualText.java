package gov.perftarget.messages;

/**
 * A text in Chinese and in English (中英文文本): every message the services answer with carries both, as
 * problem details and findings do.
 */
public record BilingualText(String zh, String en) {
}
