package gov.perftarget.indicator;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.HostileInputs;
import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** No input gives indicator-service a 5xx, and a refused one changes nothing (HostileInputs, from the served OpenAPI document). */
@QuarkusTest
class HostileInputTest {

    private static final String ACTOR = "hostile-tester";

    @Test
    void shouldAnswerEveryHostileInputWithAProblemAndChangeNothing() throws Exception {
        UUID declarationId = BudgetServiceStandIn.draft();
        new HostileInputs(Tokens.of(ACTOR, Set.of("declarant", "reviewer", "admin")), ACTOR)
                .fixture("declarationId", declarationId).fixture("revision", 1).fixture("position", 1).fixture("index", 0)
                .verify();
    }
}
