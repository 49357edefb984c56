package gov.perftarget.indicator.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar's rules crossed, not its examples listed: every sign form × number form × unit (of a known
 * family or never seen) × metric (of several fields of work, some with digits in their names), and pairs of
 * targets in one cell × every separator. The expected reading is put together from the parts of each row.
 */
class TargetGrammarRuleTableTest {

    /** How a sign is written, where, and what it means. */
    private record Sign(String written, boolean suffix, String symbol) {
    }

    /** How a unit is written, and how it compares: times ten to {@code power}, in {@code compared} (null: as written). */
    private record Unit(String written, int power, String compared) {
    }

    private record Number(String written, String value) {
    }

    private static final List<Sign> SIGNS = List.of(new Sign("≥", false, "≥"), new Sign(">=", false, "≥"),
            new Sign("不少于", false, "≥"), new Sign("不低于", false, "≥"), new Sign("达到", false, "≥"),
            new Sign("≤", false, "≤"), new Sign("<=", false, "≤"), new Sign("不超过", false, "≤"),
            new Sign("不高于", false, "≤"), new Sign("＞", false, "＞"), new Sign("大于", false, "＞"),
            new Sign("＜", false, "＜"), new Sign("低于", false, "＜"), new Sign("＝", false, "＝"),
            new Sign("为", false, "＝"), new Sign("以上", true, "≥"), new Sign("以下", true, "≤"),
            new Sign("以内", true, "≤"), new Sign("", false, null));

    private static final List<Number> NUMBERS = List.of(new Number("20", "20"), new Number("２０", "20"),
            new Number("1,200", "1200"), new Number("3.5", "3.5"), new Number("０．３５", "0.35"),
            new Number("12，000", "12000"));

    private static final List<Unit> UNITS = List.of(
            // known families: normalised
            new Unit("万元", 0, "万元"), new Unit("亿元", 4, "万元"), new Unit("元", -4, "万元"),
            new Unit("万人次", 4, "人次"), new Unit("亿kWh", 8, "kWh"), new Unit("万吨标准煤", 4, "吨标准煤"),
            new Unit("％", 0, "%"), new Unit("个工作日", 0, "工作日"), new Unit("km", 0, "公里"),
            new Unit("个月", 0, "月"),
            // anything else: as written
            new Unit("场次", 0, null), new Unit("吨标准煤", 0, null), new Unit("元/平方米", 0, null),
            new Unit("毫秒", 0, null), new Unit("元/吨公里", 0, null), new Unit("千克/亩", 0, null),
            new Unit("立方米/秒", 0, null), new Unit("次/万人", 0, null), new Unit("分钟", 0, null),
            new Unit("天", 0, null), new Unit("kWh", 0, null), new Unit("Mbps", 0, null), new Unit("‰", 0, null),
            new Unit("℃", 0, null), new Unit("篇", 0, null), new Unit("%", 0, null));

    /** Metrics of several fields of work; some carry digits that are part of the name, not values. */
    private static final List<String> METRICS = List.of("文化惠民演出", "农作物良种覆盖面积", "公交准点率",
            "二级以上医院床位使用率", "SO2排放量", "4K超高清频道", "第3方评估满意度", "PM2.5年均浓度", "农村公路养护里程",
            "5G基站建成数", "乡村医生培训");

    static Stream<Arguments> singleTargets() {
        List<Arguments> rows = new ArrayList<>();
        int row = 0;
        for (Sign sign : SIGNS) {
            for (Unit unit : UNITS) {
                rows.add(single(METRICS.get(row % METRICS.size()), sign, NUMBERS.get(row % NUMBERS.size()), unit));
                row++;
            }
        }
        for (Number number : NUMBERS) {
            for (Unit unit : UNITS) {
                rows.add(single(METRICS.get(row % METRICS.size()), SIGNS.get(row % SIGNS.size()), number, unit));
                row++;
            }
        }
        return rows.stream();
    }

    private static Arguments single(String metric, Sign sign, Number number, Unit unit) {
        String cell = sign.suffix() ? metric + number.written() + unit.written() + sign.written()
                : metric + sign.written() + number.written() + unit.written();
        return Arguments.of(cell, List.of(expected(metric, sign, number, unit)));
    }

    private static String expected(String metric, Sign sign, Number number, Unit unit) {
        String written = unit.written();
        if (unit.compared() != null) {
            BigDecimal compared = new BigDecimal(number.value()).movePointRight(unit.power()).stripTrailingZeros();
            boolean converts = !unit.compared().equals(written) || unit.power() != 0;
            if (converts) {
                written += "→" + (compared.scale() < 0 ? compared.setScale(0) : compared).toPlainString()
                        + unit.compared();
            }
        }
        return metric + "|" + (sign.symbol() == null ? "≥" : sign.symbol()) + "|" + number.value() + "|" + written + "|"
                + (sign.symbol() == null ? "SIGN_MISSING" : "");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleTargets")
    void shouldReadAnyUnitAfterAnySignAndNumber(String cell, List<String> expected) {
        assertEquals(expected, TargetGrammar.parse(cell).stream().map(TargetGrammarTest::describe).toList());
    }

    private static final List<String> SEPARATORS = List.of("；", "，", "、", "和", "且", "并", ";", ",", "； ", "，并");

    static Stream<Arguments> pairsOfTargets() {
        List<Arguments> rows = new ArrayList<>();
        int row = 0;
        for (String separator : SEPARATORS) {
            for (int pair = 0; pair < 12; pair++) {
                String metric1 = METRICS.get(row % METRICS.size());
                String metric2 = METRICS.get((row + 5) % METRICS.size());
                Sign sign1 = SIGNS.get(row % SIGNS.size());
                Sign sign2 = SIGNS.get((row * 7 + 3) % SIGNS.size());
                Number number1 = NUMBERS.get(row % NUMBERS.size());
                Number number2 = NUMBERS.get((row + 1) % NUMBERS.size());
                Unit unit1 = UNITS.get(row % UNITS.size());
                Unit unit2 = UNITS.get((row * 3 + 1) % UNITS.size());
                String first = sign1.suffix() ? metric1 + number1.written() + unit1.written() + sign1.written()
                        : metric1 + sign1.written() + number1.written() + unit1.written();
                String second = sign2.suffix() ? metric2 + number2.written() + unit2.written() + sign2.written()
                        : metric2 + sign2.written() + number2.written() + unit2.written();
                rows.add(Arguments.of(first + separator + second,
                        List.of(expected(metric1, sign1, number1, unit1), expected(metric2, sign2, number2, unit2))));
                row++;
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("pairsOfTargets")
    void shouldReadEveryTargetOfAnItemAsItsOwnMeasure(String cell, List<String> expected) {
        assertEquals(expected, TargetGrammar.parse(cell).stream().map(TargetGrammarTest::describe).toList());
    }

    static Stream<Arguments> approximations() {
        List<Arguments> rows = new ArrayList<>();
        List<String> forms = List.of("约%s%s", "大约%s%s", "约为%s%s", "%s%s左右", "%s%s上下");
        int row = 0;
        for (String form : forms) {
            for (Unit unit : UNITS.subList(10, 20)) {
                Number number = NUMBERS.get(row % NUMBERS.size());
                String metric = METRICS.get(row % METRICS.size());
                rows.add(Arguments.of(metric + String.format(form, number.written(), unit.written()),
                        metric + "|≥|" + number.value() + "|" + unit.written() + "|SIGN_MISSING,APPROXIMATE"));
                row++;
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("approximations")
    void shouldKeepTheNumberOfAnApproximateTargetAndSaySo(String cell, String expected) {
        assertEquals(List.of(expected), TargetGrammar.parse(cell).stream().map(TargetGrammarTest::describe).toList());
    }

    @Test
    void shouldGenerateEnoughRowsToCrossTheRule() {
        long rows = singleTargets().count() + pairsOfTargets().count() + approximations().count();
        assertTrue(rows >= 300, rows + " rows");
    }
}
