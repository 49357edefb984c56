package gov.perftarget.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.review.domain.CatalogueCategory;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.SubmittedRevision;
import gov.perftarget.testing.SeedForm;

/** The seed form as review-service receives it: the submitted revision, its indicators, the catalogue. */
final class SeedRevision {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** indicator-service's catalogue, as its migration seeds it. */
    static final List<CatalogueCategory> CATALOGUE = List.of(
            level1("OUTPUT", "产出指标", "output", level2("QUANTITY", "数量指标", "quantity"),
                    level2("QUALITY", "质量指标", "quality"), level2("TIMELINESS", "时效指标", "timeliness"),
                    level2("COST", "成本指标", "cost")),
            level1("OUTCOME", "效益指标", "outcome", level2("ECONOMIC", "经济效益指标", "economic"),
                    level2("SOCIAL", "社会效益指标", "social"), level2("ECOLOGICAL", "生态效益指标", "ecological"),
                    level2("SUSTAINABILITY", "可持续影响指标", "sustainability")),
            level1("SATISFACTION", "满意度指标", "satisfaction",
                    level2("SERVICE_RECIPIENT_SATISFACTION", "服务对象满意度指标", "service-recipient satisfaction")));

    private SeedRevision() {
    }

    /** The content of the declaration-submitted event for the seed form. */
    static ObjectNode declarationJson(String departmentCode) {
        ObjectNode declaration = SeedForm.declaration(UUID.randomUUID().toString(), 2023);
        declaration.put("departmentCode", departmentCode);
        declaration.put("departmentName", SeedForm.DEPARTMENT_NAME);
        declaration.put("subordinateUnitCount", 2);
        return declaration;
    }

    static SubmittedRevision submitted() {
        return JSON.convertValue(declarationJson("GZSTB"), SubmittedRevision.class);
    }

    /** The seed's ten indicators as indicator-service serves a frozen revision: codes, names, and measures (the file's careful reading). */
    static List<Map<String, Object>> indicatorsJson() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        int position = 1;
        for (Map<String, Object> indicator : SeedForm.indicators()) {
            CatalogueCategory level1 = byName(CATALOGUE, (String) indicator.get("level1Category"));
            CatalogueCategory level2 = byName(level1.children(), (String) indicator.get("level2Category"));
            JsonNode reading = SeedForm.form().get("indicators").get(position - 1);
            indicators.add(Map.of("position", position++, "level1Category", level1.code(), "level1CategoryName",
                    level1.name(), "level2Category", level2.code(), "level2CategoryName", level2.name(), "name",
                    indicator.get("name"), "periodTarget", indicator.get("periodTarget"), "annualTarget",
                    indicator.get("annualTarget"), "periodMeasures", reading.get("periodMeasures"),
                    "annualMeasures", reading.get("annualMeasures")));
        }
        return indicators;
    }

    static List<RevisionIndicator> indicators() {
        return indicatorsJson().stream().map(json -> JSON.convertValue(json, RevisionIndicator.class)).toList();
    }

    static JsonNode catalogueJson() {
        return JSON.valueToTree(CATALOGUE);
    }

    private static CatalogueCategory byName(List<CatalogueCategory> categories, String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static CatalogueCategory level1(String code, String name, String nameEn, CatalogueCategory... children) {
        return new CatalogueCategory(code, 1, name, nameEn, List.of(children));
    }

    private static CatalogueCategory level2(String code, String name, String nameEn) {
        return new CatalogueCategory(code, 2, name, nameEn, List.of());
    }
}
