package gov.perftarget.budget;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.OperationProblemTypes;
import io.quarkus.test.junit.QuarkusTest;

/** Each operation's document lists exactly the problem types its code can answer with, each with an example. */
@QuarkusTest
class OperationProblemTypesTest {

    @Test
    void shouldListEveryProblemTypeItsCodeCanAnswerWithAndNoOther() throws Exception {
        OperationProblemTypes.assertDocumentedAsServed();
    }
}
