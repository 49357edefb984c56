package gov.perftarget.review;

import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.HostileInputs;
import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** No input gives review-service a 5xx, and a refused one changes nothing (HostileInputs, from the served OpenAPI document). */
@QuarkusTest
class HostileInputTest {

    private static final String ACTOR = "hostile-tester";

    @Test
    void shouldAnswerEveryHostileInputWithAProblemAndChangeNothing() throws Exception {
        // the valid bodies store scoring rules: in a year no other test stores rules for
        new HostileInputs(Tokens.of(ACTOR, Set.of("declarant", "reviewer", "admin")), ACTOR).fixture("fiscalYear", 2100)
                .verify();
    }
}
