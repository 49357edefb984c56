package gov.perftarget.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.AsTester;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Progress and actual values of the approved annual targets, and what the review's decisions change. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@ExtendWith(AsTester.class)
class MeasureValueResourceTest {

    private static String valuePath(UUID declarationId, int position, int index, String stage) {
        return "/api/v1/declarations/" + declarationId + "/revisions/1/indicators/" + position + "/measures/" + index
                + "/" + stage;
    }

    private static UUID submittedSeed() {
        UUID declarationId = BudgetServiceStandIn.draft();
        IndicatorResourceTest.putSeedIndicators(declarationId);
        DeclarationEvents.submitted(declarationId, 1, UUID.randomUUID().toString());
        DeclarationEvents.awaitFrozen(declarationId, 1);
        return declarationId;
    }

    @Test
    void shouldRecordProgressAndActualValuesOfTheApprovedRevision() {
        UUID declarationId = submittedSeed();
        given().contentType(ContentType.JSON).body(Map.of("value", "400"))
                .put(valuePath(declarationId, 1, 0, "progress")).then().statusCode(409)
                .body("type", equalTo("urn:perftarget:problem:revision-not-approved"));

        DeclarationEvents.reviewed(declarationId, 1, "APPROVED");
        DeclarationEvents.await(() -> given().contentType(ContentType.JSON).body(Map.of("value", "400.5"))
                .put(valuePath(declarationId, 1, 0, "progress")).statusCode() == 200, "approval applied");

        given().contentType(ContentType.JSON).body(Map.of("value", "812", "evidence", "项目立项清单"))
                .put(valuePath(declarationId, 1, 0, "actual")).then().statusCode(200)
                .body("measure.value", equalTo("800"))
                .body("progressValue", equalTo("400.5"))
                .body("actualValue", equalTo("812"))
                .body("actualEvidence", equalTo("项目立项清单"))
                .body("actualRecordedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("band", "ACHIEVED"))
                .put(valuePath(declarationId, 4, 1, "actual")).then().statusCode(200)
                .body("measure.nature", equalTo("QUALITATIVE"))
                .body("actualBand", equalTo("ACHIEVED"));

        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/measure-values").then().statusCode(200)
                .body("", hasSize(SeedForm.form().at("/measureCount/annual").asInt()))
                .body("[0].actualValue", equalTo("812"))
                .body("[1].actualValue", nullValue());
    }

    @Test
    void shouldRefuseAValueThatDoesNotFitTheMeasure() {
        UUID declarationId = submittedSeed();
        DeclarationEvents.reviewed(declarationId, 1, "APPROVED");
        DeclarationEvents.await(() -> given().contentType(ContentType.JSON).body(Map.of("value", "1"))
                .put(valuePath(declarationId, 1, 0, "progress")).statusCode() == 200, "approval applied");

        given().contentType(ContentType.JSON).body(Map.of("band", "ACHIEVED"))
                .put(valuePath(declarationId, 1, 0, "actual")).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("value", "band"));
        given().contentType(ContentType.JSON).body(Map.of("value", "3"))
                .put(valuePath(declarationId, 4, 1, "actual")).then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("value", "1.23456"))
                .put(valuePath(declarationId, 1, 0, "actual")).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        given().contentType(ContentType.JSON).body(Map.of("value", "1"))
                .put(valuePath(declarationId, 1, 5, "actual")).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("value", "1"))
                .put(valuePath(declarationId, 99, 0, "actual")).then().statusCode(404);
    }

    @Test
    void shouldUnlockTheIndicatorsWhenTheRevisionIsReturned() {
        UUID declarationId = submittedSeed();
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(409);

        DeclarationEvents.reviewed(declarationId, 1, "RETURNED");
        DeclarationEvents.await(() -> given().contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators().subList(0, 9)))
                .put("/api/v1/declarations/" + declarationId + "/indicators").statusCode() == 200,
                "return applied");

        // revision 1 stays as it was frozen
        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then()
                .body("indicators", hasSize(10));
    }
}
