package gov.perftarget.review;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import gov.perftarget.testing.KafkaBrokerTestResource;

/** One real Kafka broker for every test of this module, and one Quarkus boot (GLOBAL scope). */
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
}
