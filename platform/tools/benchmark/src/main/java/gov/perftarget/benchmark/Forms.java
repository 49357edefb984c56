package gov.perftarget.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Declarations shaped like the seed form (5 key tasks, 10 indicators, 19 measures) with varied texts
 * and amounts whose identities hold to the cent: every amount is drawn, then the sums are computed.
 */
final class Forms {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private final JsonNode seed;

    Forms(Path seedFile) throws java.io.IOException {
        this.seed = Http.JSON.readTree(seedFile.toFile());
    }

    ObjectNode department(String code, int i) {
        ObjectNode department = Http.JSON.createObjectNode();
        department.put("code", code);
        department.put("name", "基准测试部门" + i);
        department.put("subordinateUnitCount", i % 5);
        return department;
    }

    ObjectNode declaration(String departmentId, int fiscalYear, int i) {
        return declaration(departmentId, fiscalYear, i, seed.get("keyTasks").size());
    }

    /** A declaration with {@code taskCount} key tasks: the seed's, repeated under numbered names beyond its five. */
    ObjectNode declaration(String departmentId, int fiscalYear, int i, int taskCount) {
        Random random = new Random(i);
        ObjectNode declaration = Http.JSON.createObjectNode();
        declaration.put("departmentId", departmentId);
        declaration.put("fiscalYear", fiscalYear);
        ArrayNode tasks = Http.JSON.createArrayNode();
        JsonNode seedTasks = seed.get("keyTasks");
        BigDecimal taskFunds = BigDecimal.ZERO;
        for (int t = 0; t < taskCount; t++) {
            ObjectNode task = seedTasks.get(t % seedTasks.size()).deepCopy();
            BigDecimal funds = cents(random, 1_000_00, 200_000_00);
            task.put("plannedFunds", funds.toPlainString());
            task.put("name", task.get("name").asText() + i % 97 + (t < seedTasks.size() ? "" : "-" + t));
            tasks.add(task);
            taskFunds = taskFunds.add(funds);
        }
        BigDecimal transfers = cents(random, 0, 60_000_00);
        BigDecimal specialFunds = taskFunds.add(transfers);
        BigDecimal basic = cents(random, 1_000_00, 20_000_00);
        BigDecimal project = cents(random, 1_000_00, 10_000_00);
        BigDecimal otherDevelopment = cents(random, 0, 5_000_00);
        BigDecimal total = basic.add(project).add(specialFunds).add(otherDevelopment);
        BigDecimal otherIncome = cents(random, 0, 1_000_00);
        ObjectNode budget = declaration.putObject("budget");
        budget.put("basicExpenditure", basic.toPlainString());
        budget.put("projectExpenditure", project.toPlainString());
        budget.put("fiscalAppropriation", total.subtract(otherIncome).toPlainString());
        budget.put("otherIncome", otherIncome.toPlainString());
        budget.put("specialFunds", specialFunds.toPlainString());
        budget.put("otherDevelopmentExpenditure", otherDevelopment.toPlainString());
        budget.put("cityLevelUse", taskFunds.toPlainString());
        budget.put("transferToLowerLevels", transfers.toPlainString());
        declaration.put("overallTarget", seed.get("overallTarget").asText() + "（第 " + i + " 号）");
        declaration.set("keyTasks", tasks);
        declaration.set("otherTasks", seed.get("otherTasks"));
        return declaration;
    }

    /** The seed's ten indicators with every number in their targets shifted, so that no two forms are alike. */
    ObjectNode indicators(int i) {
        return indicators(i, seed.get("indicators").size());
    }

    /** {@code count} indicators: the seed's, repeated under numbered names beyond its ten. */
    ObjectNode indicators(int i, int count) {
        ObjectNode body = Http.JSON.createObjectNode();
        ArrayNode indicators = body.putArray("indicators");
        JsonNode seedIndicators = seed.get("indicators");
        for (int n = 0; n < count; n++) {
            JsonNode source = seedIndicators.get(n % seedIndicators.size());
            ObjectNode indicator = indicators.addObject();
            for (String field : new String[] {"level1Category", "level2Category"}) {
                indicator.put(field, source.get(field).asText());
            }
            indicator.put("name", source.get("name").asText() + (n < seedIndicators.size() ? "" : "（" + n + "）"));
            indicator.put("periodTarget", shifted(source.get("periodTarget").asText(), i));
            indicator.put("annualTarget", shifted(source.get("annualTarget").asText(), i));
        }
        return body;
    }

    /** The serialised size of a submission event's content, for the Kafka producer limit. */
    int eventSize() {
        return Http.write(declaration("00000000-0000-0000-0000-000000000000", 2024, 1)).length() + 300;
    }

    private static String shifted(String text, int i) {
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String number = matcher.group();
            // keep the item numbers (1. 2.) and years as they are
            boolean item = matcher.end() < text.length() && text.charAt(matcher.end()) == '.';
            String replacement = item || number.length() == 4 && number.startsWith("20") ? number
                    : String.valueOf(Long.parseLong(number) + i % 7);
            matcher.appendReplacement(out, replacement);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static BigDecimal cents(Random random, long fromCents, long toCents) {
        return BigDecimal.valueOf(fromCents + (long) (random.nextDouble() * (toCents - fromCents)), 2);
    }
}
