package gov.perftarget.indicator.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The target grammar (docs/domain.md §2): reads a value cell (实施周期指标值 or 年度指标值), as written by a
 * department, into measures.
 * <ul>
 * <li>Numbered items ({@code 1.} {@code 1、} {@code （1）} {@code ①} {@code 一、}) become separate measures,
 * provided they count up from the start of the cell; {@code 1.5} is a number, not an item.</li>
 * <li>A quantity is a sign (≥ ＞ ＝ ＜ ≤, full-width or ASCII, ≧ ≦, or words: 不少于, 不低于, 不超过,
 * 不高于, 达到, 大于, 低于 …), a number (full-width digits, decimals, thousands separators) and a
 * unit; {@code 以上}/{@code 以下}/{@code 以内} after it also give the sign; {@code 80%～90%} is a range.</li>
 * <li>A quantity with no sign at the very end of its item ({@code 新增省级以上孵化载体15家}) is a target
 * to reach, read as ≥ with {@link ParseWarning#SIGN_MISSING}.</li>
 * <li>Several signed quantities in one item ({@code 申报数≥4500家，认定数≥4000家}) are split at their
 * clause separators; so are clauses separated by {@code ；} that are all quantities.</li>
 * <li>Everything else is qualitative text, kept as written, never dropped.</li>
 * </ul>
 * Units convert where they are of one kind (1 亿元 = 10,000 万元; 亿 or 万 after a money word is money).
 * Nothing here throws on any input.
 */
public final class TargetGrammar {

    /** Beyond this many characters a cell is kept as text but not read (a form's cell is far shorter). */
    static final int MAX_READ = 10_000;

    private static final String DIGIT = "[0-9０-９]";
    private static final String NUMBER = DIGIT + "{1,3}(?:[,，]" + DIGIT + "{3}){1,6}(?:[.．]" + DIGIT + "{1,12})?"
            + "|" + DIGIT + "{1,24}(?:[.．]" + DIGIT + "{1,12})?";

    /** Units as forms write them; the longest is tried first (亿元 before 亿, 万人次 before 万人). */
    private static final List<String> UNITS = List.of("万平方米", "平方公里", "平方米", "立方米", "万人次", "人次",
            "万元", "亿元", "千元", "元/人", "元/吨", "元", "万人", "万户", "万吨", "万亩", "万个", "万件", "个百分点",
            "百分点", "个工作日", "个小时", "个月", "工作日", "小时", "分钟", "公里", "千米", "万", "亿", "%", "％", "‰", "项", "家", "个",
            "人", "名", "位", "篇", "件", "次", "场", "天", "日", "周", "月", "年", "台", "套", "所", "户", "吨", "亩",
            "米", "倍", "座", "批", "期", "门", "本", "册", "条", "宗", "份", "部", "款", "株", "只", "头", "辆",
            "艘", "架", "处", "岁", "分", "级");

    private static final Map<String, TargetComparator> SIGNS = Map.ofEntries(
            Map.entry(">=", TargetComparator.AT_LEAST), Map.entry("=>", TargetComparator.AT_LEAST),
            Map.entry("≥", TargetComparator.AT_LEAST), Map.entry("≧", TargetComparator.AT_LEAST),
            Map.entry("⩾", TargetComparator.AT_LEAST), Map.entry("＞＝", TargetComparator.AT_LEAST),
            Map.entry(">＝", TargetComparator.AT_LEAST), Map.entry("不少于", TargetComparator.AT_LEAST),
            Map.entry("不低于", TargetComparator.AT_LEAST), Map.entry("不小于", TargetComparator.AT_LEAST),
            Map.entry("大于或等于", TargetComparator.AT_LEAST), Map.entry("大于等于", TargetComparator.AT_LEAST),
            Map.entry("达到", TargetComparator.AT_LEAST), Map.entry("达", TargetComparator.AT_LEAST),
            Map.entry("保持在", TargetComparator.AT_LEAST),
            Map.entry("<=", TargetComparator.AT_MOST), Map.entry("=<", TargetComparator.AT_MOST),
            Map.entry("≤", TargetComparator.AT_MOST), Map.entry("≦", TargetComparator.AT_MOST),
            Map.entry("⩽", TargetComparator.AT_MOST), Map.entry("＜＝", TargetComparator.AT_MOST),
            Map.entry("<＝", TargetComparator.AT_MOST), Map.entry("不超过", TargetComparator.AT_MOST),
            Map.entry("不高于", TargetComparator.AT_MOST), Map.entry("不大于", TargetComparator.AT_MOST),
            Map.entry("不多于", TargetComparator.AT_MOST), Map.entry("小于或等于", TargetComparator.AT_MOST),
            Map.entry("小于等于", TargetComparator.AT_MOST), Map.entry("控制在", TargetComparator.AT_MOST),
            Map.entry(">", TargetComparator.MORE_THAN), Map.entry("＞", TargetComparator.MORE_THAN),
            Map.entry("大于", TargetComparator.MORE_THAN), Map.entry("高于", TargetComparator.MORE_THAN),
            Map.entry("超过", TargetComparator.MORE_THAN), Map.entry("多于", TargetComparator.MORE_THAN),
            Map.entry("<", TargetComparator.LESS_THAN), Map.entry("＜", TargetComparator.LESS_THAN),
            Map.entry("小于", TargetComparator.LESS_THAN), Map.entry("低于", TargetComparator.LESS_THAN),
            Map.entry("少于", TargetComparator.LESS_THAN),
            Map.entry("=", TargetComparator.EQUAL), Map.entry("＝", TargetComparator.EQUAL),
            Map.entry("等于", TargetComparator.EQUAL), Map.entry("为", TargetComparator.EQUAL));

    /** Signs that only say "the number follows": a 以上/以下 after the number decides. */
    private static final Set<String> NEUTRAL_SIGNS = Set.of("为", "达到", "达", "保持在", "控制在", "等于");

    /**
     * A quantity starts with a sign or a digit. The lookahead says so in one character test, so that
     * the search does not try the fifty signs at every character of a Chinese sentence; it matches what
     * the rest would.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?=[0-9０-９" + firstCharacters(SIGNS.keySet()) + "])"
                    + "(?:(?<sign>" + alternation(SIGNS.keySet()) + ")[ \\t\\u3000]*)?"
                    + "(?<num>" + NUMBER + ")"
                    + "(?:[ \\t\\u3000]*(?:" + alternation(UNITS) + ")?[ \\t\\u3000]*(?<range>[-~～—–－至到])"
                    + "[ \\t\\u3000]*(?<upper>" + NUMBER + "))?"
                    + "[ \\t\\u3000]*(?<unit>" + alternation(UNITS) + ")?"
                    + "(?<suffix>及以上|及以下|以上|以下|以内)?");

    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("(?<!" + DIGIT + ")[；;，,]|[；;，,](?!" + DIGIT + ")");
    private static final Pattern SEMICOLON = Pattern.compile("[；;]");
    /** What may close an item: white space (as {@code \\s} and the ideographic space) and punctuation. */
    private static final String CLOSING = " \t\n\u000B\f\r\u3000。；;，,、.．:：";
    private static final Pattern METRIC_TAIL = Pattern.compile("[\\s\\u3000，,：:]+$");
    private static final Pattern MONEY_METRIC = Pattern.compile("资金|金额|融资|成交额|销售额|投资|投入|收入|产值|经费|资产|营收|税|预算|支出|补助|奖励|贷款|基金|费用");

    private static final String ITEM_END_BEFORE = "(?<=^|[\\s\\u3000。；;，,：:!！?？])";

    private TargetGrammar() {
    }

    /** The measures of a cell, in order; none for an empty cell. */
    public static List<Measure> parse(String cell) {
        if (cell == null) {
            return List.of();
        }
        String text = withoutControlCharacters(cell).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean truncated = text.length() > MAX_READ;
        if (truncated) {
            return List.of(new Measure(Nature.QUALITATIVE, null, null, null, null, null, null, null, text, false,
                    List.of(ParseWarning.TRUNCATED)));
        }
        List<Measure> measures = new ArrayList<>();
        for (String item : numberedItems(text)) {
            measures.addAll(readItem(item, true));
        }
        return measures;
    }

    // --- numbered items ---

    private enum Numbering {
        ARABIC(Pattern.compile("^(" + DIGIT + "{1,2})[ \\t\\u3000]*[.．、)）](?!" + DIGIT + ")")),
        PARENTHESISED(Pattern.compile("^[（(][ \\t\\u3000]*(" + DIGIT + "{1,2})[ \\t\\u3000]*[)）]")),
        CIRCLED(Pattern.compile("^([①-⑳])")),
        CHINESE(Pattern.compile("^([一二三四五六七八九十])[、.．]"));

        final Pattern first;

        Numbering(Pattern first) {
            this.first = first;
        }

        Pattern next(int number) {
            String marker = switch (this) {
                case ARABIC -> "(?:" + number + "|" + fullWidth(number) + ")[ \\t\\u3000]*[.．、)）](?!" + DIGIT + ")";
                case PARENTHESISED -> "[（(][ \\t\\u3000]*(?:" + number + "|" + fullWidth(number) + ")[ \\t\\u3000]*[)）]";
                case CIRCLED -> Pattern.quote(String.valueOf((char) ('①' + number - 1)));
                case CHINESE -> Pattern.quote(chinese(number)) + "[、.．]";
            };
            // ① cannot be mistaken for anything else; other markers must follow a separator or a space
            return Pattern.compile(this == CIRCLED ? marker : ITEM_END_BEFORE + marker);
        }

        int value(String marker) {
            return switch (this) {
                case ARABIC, PARENTHESISED -> Integer.parseInt(asciiDigits(marker));
                case CIRCLED -> marker.charAt(0) - '①' + 1;
                case CHINESE -> "一二三四五六七八九十".indexOf(marker.charAt(0)) + 1;
            };
        }
    }

    /** Splits {@code 1.… 2.…} into items when the cell starts with item 1 and counts up; otherwise one item. */
    static List<String> numberedItems(String text) {
        for (Numbering numbering : Numbering.values()) {
            Matcher first = numbering.first.matcher(text);
            if (!first.find() || numbering.value(first.group(1)) != 1) {
                continue;
            }
            List<String> items = new ArrayList<>();
            int start = first.end();
            int number = 1;
            while (true) {
                Matcher next = numbering.next(number + 1).matcher(text);
                if (number >= 20 || !next.find(start)) {
                    items.add(text.substring(start));
                    return items;
                }
                items.add(text.substring(start, next.start()));
                start = next.end();
                number++;
            }
        }
        return List.of(text);
    }

    // --- one item ---

    private static List<Measure> readItem(String item, boolean mayBeSplit) {
        String body = withoutClosing(item.strip());
        if (body.isEmpty()) {
            return List.of();
        }
        List<SignedQuantity> signed = new ArrayList<>();
        List<SignedQuantity> all = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(body);
        while (matcher.find()) {
            SignedQuantity match = SignedQuantity.of(matcher);
            all.add(match);
            if (match.sign != null) {
                signed.add(match);
            }
        }
        if (signed.size() == 1) {
            return List.of(quantity(body, signed.get(0), EnumSet.noneOf(ParseWarning.class)));
        }
        if (signed.size() > 1) {
            if (mayBeSplit) {
                List<String> clauses = Arrays.stream(CLAUSE_SEPARATOR.split(body)).filter(c -> !c.isBlank()).toList();
                if (clauses.size() > 1) {
                    return clauses.stream().flatMap(clause -> readItem(clause, false).stream()).toList();
                }
            }
            return List.of(quantity(body, signed.get(signed.size() - 1), EnumSet.of(ParseWarning.AMBIGUOUS_NUMBER)));
        }
        if (mayBeSplit) {
            List<String> clauses = Arrays.stream(SEMICOLON.split(body)).filter(c -> !c.isBlank()).toList();
            if (clauses.size() > 1) {
                List<Measure> parts = clauses.stream().flatMap(clause -> readItem(clause, false).stream()).toList();
                if (parts.stream().allMatch(m -> m.nature() == Nature.QUANTITATIVE)) {
                    return parts;
                }
            }
        }
        SignedQuantity last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last != null && last.end == body.length()) {
            return List.of(quantity(body, last, EnumSet.noneOf(ParseWarning.class)));
        }
        return List.of(Measure.qualitative(body));
    }

    private static Measure quantity(String body, SignedQuantity match, Set<ParseWarning> warnings) {
        TargetComparator comparator;
        boolean signMissing = false;
        if (match.upper != null) {
            comparator = TargetComparator.BETWEEN;
        } else if (match.suffix != null && (match.sign == null || NEUTRAL_SIGNS.contains(match.sign))) {
            comparator = match.suffix.endsWith("以上") ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
        } else if (match.sign != null) {
            comparator = SIGNS.get(match.sign);
        } else {
            comparator = TargetComparator.AT_LEAST;
            signMissing = true;
            warnings.add(ParseWarning.SIGN_MISSING);
        }
        String metric = METRIC_TAIL.matcher(body.substring(0, match.start).strip()).replaceAll("");
        BigDecimal value = number(match.number);
        BigDecimal upper = match.upper == null ? null : number(match.upper);
        String unit = match.unit;
        if (unit == null) {
            warnings.add(ParseWarning.UNIT_MISSING);
        }
        Normalized normalized = normalize(value, unit, metric, warnings);
        return new Measure(Nature.QUANTITATIVE, metric.isEmpty() ? null : metric, comparator, value, upper, unit,
                normalized.value, normalized.unit, body, signMissing,
                warnings.stream().sorted().collect(Collectors.toUnmodifiableList()));
    }

    private record Normalized(BigDecimal value, String unit) {
    }

    /** Converts a value to the unit its kind is compared in; money goes to 万元. */
    private static Normalized normalize(BigDecimal value, String unit, String metric, Set<ParseWarning> warnings) {
        if (unit == null) {
            return new Normalized(value, null);
        }
        boolean money = MONEY_METRIC.matcher(metric).find();
        return switch (unit) {
            case "亿元" -> new Normalized(scaled(value, 4), "万元");
            case "千元" -> new Normalized(scaled(value, -1), "万元");
            case "元" -> new Normalized(scaled(value, -4), "万元");
            case "亿" -> {
                if (money) {
                    yield new Normalized(scaled(value, 4), "万元");
                }
                warnings.add(ParseWarning.AMBIGUOUS_UNIT);
                yield new Normalized(value, unit);
            }
            case "万" -> {
                if (money) {
                    yield new Normalized(value, "万元");
                }
                warnings.add(ParseWarning.AMBIGUOUS_UNIT);
                yield new Normalized(value, unit);
            }
            case "万人", "万人次", "万户", "万吨", "万亩", "万个", "万件", "万平方米" ->
                new Normalized(scaled(value, 4), unit.substring(1));
            case "％" -> new Normalized(value, "%");
            case "个百分点", "个工作日", "个小时" -> new Normalized(value, unit.substring(1));
            default -> new Normalized(value, unit);
        };
    }

    private static BigDecimal scaled(BigDecimal value, int powerOfTen) {
        BigDecimal moved = value.movePointRight(powerOfTen).stripTrailingZeros();
        return moved.scale() < 0 ? moved.setScale(0) : moved;
    }

    /** One match of {@link #QUANTITY}, its groups read out. */
    private record SignedQuantity(int start, int end, String sign, String number, String upper, String unit,
            String suffix) {

        static SignedQuantity of(Matcher m) {
            return new SignedQuantity(m.start(), m.end(), m.group("sign"), m.group("num"), m.group("upper"),
                    m.group("unit"), m.group("suffix"));
        }
    }

    // --- characters ---

    private static BigDecimal number(String written) {
        return new BigDecimal(asciiDigits(written).replace(",", ""));
    }

    /** Full-width digits, point and comma to ASCII. */
    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                ascii.append('.');
            } else if (c == '，') {
                ascii.append(',');
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static String fullWidth(int number) {
        StringBuilder digits = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            digits.append((char) ('０' + (c - '0')));
        }
        return digits.toString();
    }

    private static String chinese(int number) {
        return number <= 10 ? String.valueOf("一二三四五六七八九十".charAt(number - 1)) : "\u0000";
    }

    /** Control and invisible format characters become spaces: they are never part of a target. */
    private static String withoutControlCharacters(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString();
    }

    /** The text without the closing characters at its end (a loop: cheaper than a regular expression here). */
    private static String withoutClosing(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The first characters of the words, as the body of a character class. */
    private static String firstCharacters(java.util.Collection<String> words) {
        return words.stream().map(word -> word.substring(0, 1)).distinct()
                .map(first -> "\\[]^-&".contains(first) ? "\\" + first : first)
                .collect(Collectors.joining());
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
