package gov.perftarget.api;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import gov.perftarget.messages.MessageBundleCheck;

/** The module's texts, and its input constraints' texts, exist in both languages, and exactly the ones its code shows. */
class MessagesTest {

    @Test
    void shouldHoldEveryTextTheCodeShowsInBothLanguages() {
        MessageBundleCheck.assertComplete(Messages.MESSAGES, Path.of("src/main/java"), "title.", "http.");
    }

    @Test
    void shouldHoldEveryConstraintMessageInBothLanguages() {
        MessageBundleCheck.assertConstraintTexts(Messages.class, Path.of("src/main/java"));
    }
}
