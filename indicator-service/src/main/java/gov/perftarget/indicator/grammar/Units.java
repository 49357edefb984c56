package gov.perftarget.indicator.grammar;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 计量单位: how a unit, read as written, is compared (docs/domain.md §2). Only units of a known family are
 * normalised; every other unit is compared exactly as written.
 * <ul>
 * <li>Money (元 with a multiplier: 元, 千元, 万元, 百万元, 千万元, 亿元) becomes 万元; a per-unit price (人均…,
 * 每…, 单价 …) becomes 元, never a money total. 万 or 亿 alone after a money word is money.</li>
 * <li>万, 亿, 百万, 千万 before any other unit multiply it: 1.2万人次 is 12000 人次, 3亿kWh is 300000000 kWh.</li>
 * <li>Writings of one unit become one: ％ and %, 个工作日 and 工作日, km and 公里, ㎡ and 平方米 …</li>
 * <li>A compound unit ({@code 元/平方米}, {@code 次/万人}) is a rate: kept as written, never converted.</li>
 * </ul>
 */
final class Units {

    /** The result: the value in the unit it is compared in. */
    record Normalized(BigDecimal value, String unit) {
    }

    /** Words that make a bare 万 or 亿 money (domain.md §2: 亿 after a money word means 亿元). */
    private static final Pattern MONEY_METRIC = Pattern.compile(
            "资金|金额|融资|成交额|销售额|交易额|投资|投入|收入|产值|经费|资产|营收|税|预算|支出|补助|补贴|奖励|贷款|基金|费用"
                    + "|成本|利润|工资|薪|价|款|GDP|生产总值|增加值");

    /** Metrics that state a price per unit: their money stays in 元, as a rate, not a total. */
    private static final Pattern PER_UNIT_METRIC = Pattern.compile("人均|户均|亩均|均价|平均|单价|每");

    /** The multipliers a unit may start with, longest first, as powers of ten. */
    private static final Map<String, Integer> MULTIPLIERS = orderedMap("千万", 7, "百万", 6, "亿", 8, "万", 4);

    /** Money written with a multiplier: the power of ten of one of its units. */
    private static final Map<String, Integer> MONEY = Map.of("元", 0, "千元", 3, "万元", 4, "百万元", 6, "千万元", 7,
            "亿元", 8);

    /** Writings of one unit, each to the writing compared. */
    private static final Map<String, String> SAME_UNIT = Map.ofEntries(
            Map.entry("％", "%"), Map.entry("个百分点", "百分点"),
            Map.entry("个工作日", "工作日"), Map.entry("个小时", "小时"), Map.entry("h", "小时"), Map.entry("个月", "月"),
            Map.entry("个星期", "周"), Map.entry("星期", "周"), Map.entry("日", "天"), Map.entry("min", "分钟"),
            Map.entry("s", "秒"), Map.entry("ms", "毫秒"),
            Map.entry("千米", "公里"), Map.entry("km", "公里"), Map.entry("m", "米"),
            Map.entry("kg", "千克"), Map.entry("公斤", "千克"), Map.entry("t", "吨"),
            Map.entry("㎡", "平方米"), Map.entry("m²", "平方米"), Map.entry("m2", "平方米"),
            Map.entry("平方千米", "平方公里"), Map.entry("km²", "平方公里"), Map.entry("km2", "平方公里"),
            Map.entry("m³", "立方米"), Map.entry("m3", "立方米"), Map.entry("方", "立方米"),
            Map.entry("千瓦时", "kWh"), Map.entry("千瓦·时", "kWh"), Map.entry("kwh", "kWh"), Map.entry("KWh", "kWh"),
            Map.entry("KWH", "kWh"));

    private Units() {
    }

    static Normalized normalize(BigDecimal value, String unit, String metric, Set<ParseWarning> warnings) {
        if (unit == null) {
            return new Normalized(value, null);
        }
        if (isRate(unit)) {
            return new Normalized(value, unit);
        }
        String text = metric == null ? "" : metric;
        Integer money = MONEY.get(unit);
        if (money == null && (unit.equals("万") || unit.equals("亿"))) {
            if (!MONEY_METRIC.matcher(text).find()) {
                warnings.add(ParseWarning.AMBIGUOUS_UNIT);
                return new Normalized(value, unit);
            }
            money = MULTIPLIERS.get(unit);
        }
        if (money != null) {
            return PER_UNIT_METRIC.matcher(text).find() ? new Normalized(scaled(value, money), "元")
                    : new Normalized(scaled(value, money - 4), "万元");
        }
        for (Map.Entry<String, Integer> multiplier : MULTIPLIERS.entrySet()) {
            String base = unit.startsWith(multiplier.getKey()) ? unit.substring(multiplier.getKey().length()) : "";
            if (!base.isEmpty() && MULTIPLIERS.keySet().stream().noneMatch(base::startsWith)) {
                return new Normalized(scaled(value, multiplier.getValue()), sameUnit(base));
            }
        }
        return new Normalized(value, sameUnit(unit));
    }

    /** A rate or a per-unit quantity: {@code 元/平方米}, {@code 次/万人}, {@code 每万人…}. */
    static boolean isRate(String unit) {
        return unit.indexOf('/') >= 0 || unit.indexOf('／') >= 0 || unit.startsWith("每");
    }

    private static Map<String, Integer> orderedMap(Object... keysAndValues) {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String sameUnit(String unit) {
        return SAME_UNIT.getOrDefault(unit, unit);
    }

    private static BigDecimal scaled(BigDecimal value, int powerOfTen) {
        BigDecimal moved = value.movePointRight(powerOfTen).stripTrailingZeros();
        return moved.scale() < 0 ? moved.setScale(0) : moved;
    }
}
