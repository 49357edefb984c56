package gov.perftarget.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.AsTester;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@ExtendWith(AsTester.class)
class LibraryResourceTest {

    private static Map<String, Object> satisfaction(String name) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("name", name);
        indicator.put("level1Category", "满意度指标");
        indicator.put("level2Category", "服务对象满意度指标");
        indicator.put("scope", "COMMON");
        indicator.put("nature", "QUANTITATIVE");
        indicator.put("unit", "%");
        indicator.put("comparator", "≥");
        indicator.put("explanation", "服务对象对项目实施效果的满意程度");
        indicator.put("dataSource", "问卷调查");
        indicator.put("scoringRule", "≥90% 得满分，每低 1 个百分点扣 0.5 分");
        return indicator;
    }

    private static String create(Map<String, Object> indicator) {
        return given().contentType(ContentType.JSON).body(indicator).when().post("/api/v1/library-indicators")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCreateAndFindALibraryIndicatorByTextAndCategory() {
        String unique = "服务对象满意度" + UUID.randomUUID().toString().substring(0, 6);
        String id = create(satisfaction(unique));

        given().get("/api/v1/library-indicators/" + id).then().statusCode(200)
                .body("name", equalTo(unique))
                .body("level1Category", equalTo("SATISFACTION"))
                .body("level2Category", equalTo("SERVICE_RECIPIENT_SATISFACTION"))
                .body("comparator", equalTo("≥"))
                .body("enabled", equalTo(true));
        given().queryParam("q", unique.substring(7)).get("/api/v1/library-indicators").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        // the category filter, narrowed by the unique text so that other tests' indicators do not matter
        given().queryParam("q", unique.substring(7)).queryParam("level2Category", "服务对象满意度指标")
                .get("/api/v1/library-indicators").then().body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().queryParam("q", "%").get("/api/v1/library-indicators").then().body("total", equalTo(0));
        given().queryParam("q", unique.substring(7)).queryParam("level2Category", "COST")
                .get("/api/v1/library-indicators").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseAMisplacedCategoryAndAFieldSpecificIndicatorWithoutField() {
        Map<String, Object> misplaced = satisfaction("x");
        misplaced.put("level1Category", "产出指标");
        given().contentType(ContentType.JSON).body(misplaced).post("/api/v1/library-indicators").then()
                .statusCode(422).body("errors.field", hasItem("level2Category"));

        Map<String, Object> fieldSpecific = satisfaction("y");
        fieldSpecific.put("scope", "FIELD_SPECIFIC");
        given().contentType(ContentType.JSON).body(fieldSpecific).post("/api/v1/library-indicators").then()
                .statusCode(422).body("errors.field", hasItem("fieldOfWork"));

        Map<String, Object> noName = satisfaction(" ");
        noName.put("nature", "SOMETIMES");
        given().contentType(ContentType.JSON).body(noName).post("/api/v1/library-indicators").then()
                .statusCode(400).body("errors[0].field", equalTo("nature"));
    }

    @Test
    void shouldAddALibraryIndicatorToADeclarationUntilItIsDisabled() {
        String libraryId = create(satisfaction("服务对象满意度"));
        UUID declarationId = BudgetServiceStandIn.draft();
        IndicatorResourceTest.putSeedIndicators(declarationId);

        Map<String, Object> pick = Map.of("libraryIndicatorId", libraryId, "periodTarget", "服务对象满意度≥90%",
                "annualTarget", "服务对象满意度≥90%");
        given().contentType(ContentType.JSON).body(pick)
                .when().post("/api/v1/declarations/" + declarationId + "/indicators/from-library")
                .then().statusCode(200)
                .body("indicators", hasSize(11))
                .body("indicators[10].position", equalTo(11))
                .body("indicators[10].name", equalTo("服务对象满意度"))
                .body("indicators[10].level1Category", equalTo("SATISFACTION"))
                .body("indicators[10].libraryIndicatorId", equalTo(libraryId))
                .body("indicators[10].annualMeasures[0].value", equalTo("90"));

        Map<String, Object> disabled = satisfaction("服务对象满意度");
        disabled.put("enabled", false);
        given().contentType(ContentType.JSON).body(disabled).put("/api/v1/library-indicators/" + libraryId).then()
                .statusCode(200).body("enabled", equalTo(false));

        // still on this declaration: resending the whole list keeps it
        List<Map<String, Object>> all = new java.util.ArrayList<>(SeedForm.indicators());
        Map<String, Object> kept = new HashMap<>(Map.of("level1Category", "SATISFACTION", "level2Category",
                "SERVICE_RECIPIENT_SATISFACTION", "name", "服务对象满意度", "periodTarget", "服务对象满意度≥90%",
                "annualTarget", "服务对象满意度≥92%", "libraryIndicatorId", libraryId));
        all.add(kept);
        given().contentType(ContentType.JSON).body(Map.of("indicators", all))
                .put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200)
                .body("indicators", hasSize(11));

        // but not added anew
        UUID other = BudgetServiceStandIn.draft();
        given().contentType(ContentType.JSON).body(pick)
                .when().post("/api/v1/declarations/" + other + "/indicators/from-library")
                .then().statusCode(422).body("errors[0].field", equalTo("libraryIndicatorId"));
        given().get("/api/v1/declarations/" + other + "/indicators").then().body("indicators", hasSize(0));
    }
}
