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
 * 不高于, 达到, 大于, 低于 …), a number (full-width digits, decimals, thousands separators) and a unit;
 * {@code 以上}/{@code 以下}/{@code 以内} after it also give the sign; {@code 80%～90%} is a range; {@code 约}
 * before it or {@code 左右} after it make it approximate ({@link ParseWarning#APPROXIMATE}).</li>
 * <li>The unit is whatever the writer put after the number, up to the end of the clause: a delimiter, a
 * bracket, a sign, a digit, or a joining word (和 且 并 及 或 与 的). {@link Units} says which units are
 * normalised.</li>
 * <li>The value is the number after the sign; without a sign, the number whose unit closes its clause. A
 * digit inside a name is not a value: after a Latin letter or a digit ({@code SO2}, {@code PM2.5}), after
 * 第 ({@code 第3方}), or followed by more than a unit's worth of text ({@code 完成15项课题的…}).</li>
 * <li>A quantity with no sign at the end of its clause ({@code 新增省级以上孵化载体15家}) is a target to reach,
 * read as ≥ with {@link ParseWarning#SIGN_MISSING}.</li>
 * <li>An item with several values is split into one measure per value: at {@code ；}, {@code ，}, {@code 、}
 * and at 和/且/并/及 between two values; a clause in between that holds no value is text of its own, or,
 * before {@code 、} or a joining word, part of the next clause.</li>
 * <li>Everything else is qualitative text, kept as written, never dropped.</li>
 * </ul>
 * Nothing here throws on any input.
 */
public final class TargetGrammar {

    /** Beyond this many characters a cell is kept as text but not read (a form's cell is far shorter). */
    static final int MAX_READ = 10_000;

    private static final String DIGIT = "[0-9０-９]";
    private static final String NUMBER = DIGIT + "{1,3}(?:[,，]" + DIGIT + "{3}){1,6}(?:[.．]" + DIGIT + "{1,12})?"
            + "|" + DIGIT + "{1,24}(?:[.．]" + DIGIT + "{1,12})?";

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

    private static final String SPACE = "[ \\t\\u3000]";

    /** What a unit may hold: anything but white space, digits, delimiters, brackets, signs and joining words. */
    private static final String UNIT_CHARACTER = "[^\\s\\u30000-9０-９.．；;，,、。:：!！?？()（）\\[\\]【】《》\"“”'‘’"
            + "<>＜＞=＝≥≤≧≦⩾⩽~～\\-—–－至到和且并及或与的]";

    /** Words after a unit that are not part of it: they give the sign, or make the value approximate. */
    private static final List<String> SUFFIXES = List.of("及以上", "及以下", "以上", "以下", "以内", "之内", "左右", "上下",
            "内");

    /** The longest unit, per part of a compound unit, that a quantity without a sign may have. */
    private static final int MAX_UNSIGNED_UNIT = 4;

    /**
     * A number that may be a target's value, with its sign, approximation, range and unit. The lookahead
     * says in one character test where one may start, so that the search does not try the fifty signs at
     * every character of a Chinese sentence; it matches what the rest would.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?=[0-9０-９约近" + firstCharacters(SIGNS.keySet()) + "])"
                    + "(?:(?<sign>" + alternation(SIGNS.keySet()) + ")" + SPACE + "*)?"
                    + "(?<approx>大约|约为|约|近)?" + SPACE + "*"
                    + "(?<![A-Za-z0-9０-９.．第])(?<num>" + NUMBER + ")"
                    + "(?:" + SPACE + "*(?<lowerUnit>" + UNIT_CHARACTER + "{1," + MAX_UNSIGNED_UNIT + "})?" + SPACE + "*(?<range>[-~～—–－至到])"
                    + SPACE + "*(?<upper>" + NUMBER + "))?"
                    + "(?:" + SPACE + "*(?<unit>" + UNIT_CHARACTER + "{1,24}))?");

    /** A clause ends at these, unless the character stands between two digits (12，000). */
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile(
            "(?<!" + DIGIT + ")[；;，,、]|[；;，,、](?!" + DIGIT + ")");
    private static final String CLAUSE_END = "；;，,、。";
    /** Words that join two values of one item into two measures: 新增企业10家和就业岗位500个. */
    private static final Pattern JOINING_WORD = Pattern.compile("^" + SPACE + "*(并且|以及|同时|和|且|并|及|与)");
    /** What may close an item: white space (as {@code \\s} and the ideographic space) and punctuation. */
    private static final String CLOSING = " \t\n\u000B\f\r\u3000。；;，,、.．:：";
    private static final Pattern METRIC_TAIL = Pattern.compile("[\\s\\u3000，,：:、]+$");
    /** 2025年 is a date, not a quantity. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

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
            measures.addAll(readItem(item));
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

    private static List<Measure> readItem(String item) {
        String body = withoutClosing(item.strip());
        if (body.isEmpty()) {
            return List.of();
        }
        List<Quantity> values = values(body);
        if (values.size() > 1) {
            List<String> clauses = clauses(body, values);
            if (clauses.size() > 1) {
                return clauses.stream().flatMap(clause -> readClause(clause).stream()).toList();
            }
        }
        return readClause(body);
    }

    /** A clause: its value, the last of several (a warning says so), or text. */
    private static List<Measure> readClause(String clause) {
        String body = withoutClosing(clause.strip());
        if (body.isEmpty()) {
            return List.of();
        }
        List<Quantity> values = values(body);
        if (values.isEmpty()) {
            return List.of(Measure.qualitative(body));
        }
        Set<ParseWarning> warnings = EnumSet.noneOf(ParseWarning.class);
        if (values.size() > 1) {
            warnings.add(ParseWarning.AMBIGUOUS_NUMBER);
        }
        return List.of(quantity(body, values.get(values.size() - 1), warnings));
    }

    /** The numbers of a text that are values: each signed one, and each unsigned one that closes its clause. */
    private static List<Quantity> values(String text) {
        List<Quantity> values = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            Quantity quantity = Quantity.of(matcher);
            if (quantity.sign != null || closesClause(text, quantity)) {
                values.add(quantity);
                from = matcher.end();
            } else {
                from = matcher.end("num"); // what followed a number inside a name may hold the value (4K频道不超过3个)
            }
        }
        return values;
    }

    /**
     * An unsigned number is a value when nothing but its unit (a short one) and a suffix stand between it
     * and the end of its clause, or a joining word and a further number; a year (2025年) is a date.
     */
    private static boolean closesClause(String text, Quantity quantity) {
        if (quantity.unit != null && !quantity.unit.isEmpty()
                && Arrays.stream(quantity.unit.split("[/／]"))
                        .anyMatch(part -> part.replaceFirst("^(千万|百万|万|亿)", "").length() > MAX_UNSIGNED_UNIT)) {
            return false;
        }
        if (quantity.upper == null && YEAR.matcher(asciiDigits(quantity.number)).matches()
                && quantity.unit != null && quantity.unit.startsWith("年")) {
            return false;
        }
        int end = quantity.end;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\u3000')) {
            end++;
        }
        if (end == text.length() || CLAUSE_END.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        Matcher joining = JOINING_WORD.matcher(text.substring(end));
        return joining.find() && text.substring(end + joining.end()).chars().anyMatch(TargetGrammar::isDigit);
    }

    /**
     * The item cut at its delimiters and at the joining words between two values; a clause without a value
     * before {@code 、} or a joining word names the subject of the next one and stays with it.
     */
    private static List<String> clauses(String body, List<Quantity> values) {
        List<int[]> cuts = new ArrayList<>(); // start and end of each cut
        Matcher separator = CLAUSE_SEPARATOR.matcher(body);
        while (separator.find()) {
            cuts.add(new int[] { separator.start(), separator.end() });
        }
        for (int i = 0; i < values.size() - 1; i++) {
            Matcher joining = JOINING_WORD.matcher(body).region(values.get(i).end, body.length());
            joining.useAnchoringBounds(true);
            if (joining.lookingAt()) {
                cuts.add(new int[] { joining.start(1), joining.end(1) });
            }
        }
        cuts.sort(Comparator.comparingInt(cut -> cut[0]));
        List<String> clauses = new ArrayList<>();
        String pending = "";
        int start = 0;
        for (int i = 0; i <= cuts.size(); i++) {
            int end = i < cuts.size() ? cuts.get(i)[0] : body.length();
            if (end < start) {
                continue; // a cut inside one already made
            }
            String clause = pending + body.substring(start, end);
            String cutText = i < cuts.size() ? body.substring(cuts.get(i)[0], cuts.get(i)[1]) : "";
            boolean joinsNext = !cutText.isEmpty() && !"；;，,".contains(cutText);
            if (i < cuts.size() && joinsNext && values(clause).isEmpty()) {
                pending = clause + cutText;
            } else {
                pending = "";
                Matcher joining = JOINING_WORD.matcher(clause); // ，并… : the word joins, it is not the metric
                String own = joining.find() ? clause.substring(joining.end()) : clause;
                if (!own.isBlank()) {
                    clauses.add(own);
                }
            }
            start = i < cuts.size() ? cuts.get(i)[1] : body.length();
        }
        return clauses;
    }

    private static Measure quantity(String body, Quantity match, Set<ParseWarning> warnings) {
        TargetComparator comparator;
        boolean signMissing = false;
        boolean neutralSign = match.sign == null || NEUTRAL_SIGNS.contains(match.sign);
        if (match.upper != null) {
            comparator = TargetComparator.BETWEEN;
        } else if (match.suffix != null && neutralSign && match.suffix.endsWith("上")
                && !match.suffix.equals("上下")) {
            comparator = TargetComparator.AT_LEAST;
        } else if (match.suffix != null && neutralSign && (match.suffix.endsWith("下") && !match.suffix.equals("上下")
                || match.suffix.endsWith("内"))) {
            comparator = TargetComparator.AT_MOST;
        } else if (match.sign != null) {
            comparator = SIGNS.get(match.sign);
        } else {
            comparator = TargetComparator.AT_LEAST;
            signMissing = true;
            warnings.add(ParseWarning.SIGN_MISSING);
        }
        if (match.approximate) {
            warnings.add(ParseWarning.APPROXIMATE);
        }
        String metric = METRIC_TAIL.matcher(body.substring(0, match.start).strip()).replaceAll("");
        BigDecimal value = number(match.number);
        BigDecimal upper = match.upper == null ? null : number(match.upper);
        String unit = match.unit;
        if (unit == null) {
            warnings.add(ParseWarning.UNIT_MISSING);
        }
        Units.Normalized normalized = Units.normalize(value, unit, metric, warnings);
        return new Measure(Nature.QUANTITATIVE, metric.isEmpty() ? null : metric, comparator, value, upper, unit,
                normalized.value(), normalized.unit(), body, signMissing,
                warnings.stream().sorted().collect(Collectors.toUnmodifiableList()));
    }

    /** One match of {@link #QUANTITY}, read out: the unit without its suffix, the suffix apart. */
    private record Quantity(int start, int end, String sign, boolean approximate, String number, String upper,
            String unit, String suffix) {

        static Quantity of(Matcher m) {
            String unit = m.group("unit");
            String suffix = null;
            if (unit != null) {
                for (String candidate : SUFFIXES) {
                    if (unit.endsWith(candidate)) {
                        suffix = candidate;
                        unit = unit.substring(0, unit.length() - candidate.length());
                        break;
                    }
                }
            }
            if (unit == null || unit.isEmpty()) {
                unit = m.group("lowerUnit"); // 80%～90: the unit written once, on the lower bound
            }
            boolean approximate = m.group("approx") != null || "左右".equals(suffix) || "上下".equals(suffix);
            return new Quantity(m.start(), m.end(), m.group("sign"), approximate, m.group("num"), m.group("upper"),
                    unit == null || unit.isEmpty() ? null : unit, suffix);
        }
    }

    // --- characters ---

    private static boolean isDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

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
