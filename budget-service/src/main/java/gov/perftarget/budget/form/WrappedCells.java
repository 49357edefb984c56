package gov.perftarget.budget.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's cells read back from its text as a PDF's text extraction gives it: each cell's text wrapped into lines of
 * its column's width, the cells of a row one after the other, rows one after the other, and where cells of a row
 * end on the same baseline, two of them on one line with a space between.
 *
 * <p>Where a cell ends is not written; it follows from how text wraps. A line breaks only where the next character
 * would not have fitted, so a line with room left for the next line's first character (a Chinese character, or a
 * run of Latin letters and digits, which never breaks) ends its cell, and a full line goes on in the next. Nor are
 * the columns' widths written: they are the widths under which the text wraps with the fewest exceptions. The
 * reading is the division into rows that contradicts the wrapping least, found by dynamic programming for each
 * column width and the widths by trying each in turn (each exception costs one: a cell that goes on after a line
 * with room left, a cell that ends on a full line, two cells on one line).
 *
 * <p>Widths count a Chinese character (and the full-width and East Asian ambiguous signs: ≥, “, ％) as two, a Latin
 * letter, digit or space as one, as the form's Song/Hei typefaces set them.
 */
final class WrappedCells {

    /** One line of the text, trimmed on the right, with its number in the whole text (from 1). */
    record Line(int number, String text) {
    }

    /** One cell: its lines joined (a PDF's line wraps removed) and the number of its first line. */
    record Cell(String text, int line) {
    }

    /** A group of lines no row crosses (the indicators of one 二级 category), read as whole rows. */
    record Group(List<Line> lines) {
    }

    /** The longest a cell is taken to run: more lines than any form's cell has, so that the search stays linear. */
    private static final int MAX_CELL_LINES = 120;
    /** Lines the widths are estimated on: enough for every column to show its width, few enough to stay fast. */
    private static final int ESTIMATE_ATOMS = 400;
    /** How many of the most frequent line widths are tried in every combination before each width is refined. */
    private static final int LIKELY_WIDTHS = 12;
    private static final int INFINITE = Integer.MAX_VALUE / 4;
    /** What a line that contradicts the wrapping costs; two cells on one line cost less (see {@link #search}). */
    private static final int WRAP = 4;
    /**
     * A cell that ends on a full line costs less than one that goes on after a line with room: the one happens by
     * chance (the last line just filled up), the other only where the writer broke the line by hand.
     */
    private static final int FULL_END = 2;
    private static final int SENTENCE = 0;
    /**
     * Two pieces of one line in one cell cost more than a cell: a space on a line more often parts two short cells
     * of a row, set on one baseline, than it stands inside a cell's text.
     */
    private static final int JOIN = 2;
    /** Each cell costs a little: of two readings that wrap equally well, the one with fewer, longer cells. */
    private static final int CELL = 1;
    /** A row whose amount is missing: only where every other reading breaks the wrapping more than twice. */
    private static final int MISSING_AMOUNT = 2 * WRAP + 1;
    /** What a cell opening as the one before it does saves (see the constructor). */
    private static final int ECHO = 1;

    private final int columns;
    private int[][] bestTable;
    private int[][] fromTable;
    /** Whether rows are read as centring their cells vertically (else as setting them at the top). */
    private boolean centred = true;
    private final Predicate<String> amountColumn;
    private final int amountIndex;
    private final int echoIndex;
    private boolean cutShort;

    /**
     * @param columns the number of cells in a row
     * @param amountIndex the column that holds one amount per row (拟投入的资金), or -1; a line that is only an
     *        amount belongs there and nowhere else
     * @param isAmount what an amount line looks like
     */
    WrappedCells(int columns, int amountIndex, Predicate<String> isAmount) {
        this(columns, amountIndex, isAmount, -1);
    }

    /**
     * @param echoIndex a column whose text often opens as the one before it does (年度指标值 after 实施周期指标值): a
     *        reading where it does is preferred among readings that wrap equally well, or -1
     */
    WrappedCells(int columns, int amountIndex, Predicate<String> isAmount, int echoIndex) {
        this.echoIndex = echoIndex;
        this.columns = columns;
        this.amountIndex = amountIndex;
        this.amountColumn = isAmount;
    }

    /** The rows of each group, each row {@code columns} cells; null for a group no division into rows fits. */
    List<List<List<Cell>>> rows(List<Group> groups) {
        List<Atom[]> atoms = groups.stream().map(group -> atoms(group.lines())).toList();
        // a document sets all its rows one way: read it both ways, keep the reading that wraps best
        List<List<List<Cell>>> best = null;
        long least = Long.MAX_VALUE;
        for (boolean centred : new boolean[] { true, false }) {
            this.centred = centred;
            long[] cost = { 0 };
            List<List<List<Cell>>> read = divideAll(atoms, widths(atoms), cost);
            if (cost[0] < least) {
                least = cost[0];
                best = read;
            }
        }
        return best;
    }

    /** The rows of each group with the columns' widths given. */
    List<List<List<Cell>>> rows(List<Group> groups, int[] widths) {
        centred = true;
        return divideAll(groups.stream().map(group -> atoms(group.lines())).toList(), widths, new long[1]);
    }

    /** Each group divided into rows (null where none fits); {@code cost[0]} the total cost, a group that fits not at all counting high. */
    private List<List<List<Cell>>> divideAll(List<Atom[]> atoms, int[] widths, long[] cost) {
        List<List<List<Cell>>> read = new ArrayList<>();
        for (Atom[] group : atoms) {
            Search search = search(group, widths, false, CELL);
            cost[0] += search.cost;
            read.add(search.cost >= INFINITE ? null : divide(group, search));
        }
        return read;
    }

    // --- widths ---

    /** Each column's width: start from the widest line, then try every width for one column at a time. */
    private int[] widths(List<Atom[]> groups) {
        List<Atom[]> sample = new ArrayList<>();
        int taken = 0;
        for (Atom[] group : groups) {
            if (taken >= ESTIMATE_ATOMS) {
                break;
            }
            // the last group may be cut short: the only one that may end inside a row
            Atom[] part = group.length + taken > ESTIMATE_ATOMS ? Arrays.copyOf(group, ESTIMATE_ATOMS - taken) : group;
            sample.add(part);
            taken += part.length;
            cutShort = part.length < group.length;
        }
        // full lines make a column's width show: the widths lines have most often are the likely ones
        Map<Integer, Integer> lineWidths = new HashMap<>();
        TreeSet<Integer> candidates = new TreeSet<>();
        int widest = 1;
        for (Atom[] group : sample) {
            for (Atom atom : group) {
                if (atom.lineStart) {
                    lineWidths.merge(atom.lineWidth, 1, Integer::sum);
                    candidates.add(atom.lineWidth);
                    widest = Math.max(widest, atom.lineWidth);
                }
                candidates.add(atom.width);
            }
        }
        List<Integer> likely = new ArrayList<>(lineWidths.keySet());
        likely.sort(Comparator.comparing((Integer w) -> -lineWidths.get(w)).thenComparing(w -> -w));
        likely = new ArrayList<>(likely.subList(0, Math.min(LIKELY_WIDTHS, likely.size())));
        if (!likely.contains(widest)) {
            likely.add(widest);
        }
        int[] widths = new int[columns];
        Arrays.fill(widths, widest);
        int[] tried = new int[columns];
        int[] best = { sampleCost(sample, widths) };
        everyCombination(likely, tried, 0, () -> {
            int cost = sampleCost(sample, tried);
            if (cost < best[0]) {
                best[0] = cost;
                System.arraycopy(tried, 0, widths, 0, columns);
            }
        });
        // then each column's exact width: the narrowest that explains the wrapping best
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int column = 0; column < columns; column++) {
                if (column == amountIndex) {
                    continue; // an amount fits its column whatever its width
                }
                // the narrowest width that explains the wrapping best: wider ones would explain it as well
                int kept = widths[column];
                int least = INFINITE;
                int chosen = kept;
                for (int candidate : candidates) {
                    widths[column] = candidate;
                    int cost = sampleCost(sample, widths);
                    if (cost < least) {
                        least = cost;
                        chosen = candidate;
                    }
                }
                widths[column] = chosen;
                changed |= chosen != kept;
            }
            if (!changed) {
                break;
            }
        }
        return widths;
    }

    private void everyCombination(List<Integer> likely, int[] tried, int column, Runnable each) {
        if (column == columns) {
            each.run();
            return;
        }
        if (column == amountIndex) {
            tried[column] = likely.get(0);
            everyCombination(likely, tried, column + 1, each);
            return;
        }
        for (int width : likely) {
            tried[column] = width;
            everyCombination(likely, tried, column + 1, each);
        }
    }

    private int sampleCost(List<Atom[]> sample, int[] widths) {
        long total = 0;
        for (int g = 0; g < sample.size() && total < INFINITE; g++) {
            total += search(sample.get(g), widths, cutShort && g == sample.size() - 1, CELL).cost;
        }
        return (int) Math.min(total, INFINITE);
    }

    // --- division into rows ---

    private List<List<Cell>> divide(Atom[] atoms, Search search) {
        List<int[]> cells = new ArrayList<>(); // [from, to) atom ranges, last first
        int at = atoms.length;
        int column = 0;
        while (at > 0) {
            int from = search.from[at][column];
            cells.add(new int[] { from, at });
            at = from;
            column = (column - 1 + columns) % columns;
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (int i = cells.size() - 1; i >= 0; i--) {
            row.add(cell(atoms, cells.get(i)[0], cells.get(i)[1]));
            if (row.size() == columns) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return rows;
    }

    private static Cell cell(Atom[] atoms, int from, int to) {
        if (from == to) {
            return new Cell("", atoms[Math.min(from, atoms.length - 1)].line);
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && !atoms[i].lineStart) {
                text.append(atoms[i].spaceBefore);
            }
            text.append(atoms[i].text);
        }
        return new Cell(text.toString(), atoms[from].line);
    }

    /** best[i][c]: the least cost of atoms [0, i) read as whole cells with column c next; from[i][c] the cell's start. */
    private record Search(int cost, int[][] from) {
    }

    /** @param openEnd whether the atoms may end inside a row (a sample cut short) */
    private Search search(Atom[] atoms, int[] widths, boolean openEnd, int cell) {
        int n = atoms.length;
        if (bestTable == null || bestTable.length < n + 1) {
            bestTable = new int[n + 1][columns]; // kept for the next search: the widths' search runs thousands
            fromTable = new int[n + 1][columns];
        }
        int[][] best = bestTable;
        int[][] from = fromTable;
        for (int i = 0; i <= n; i++) {
            Arrays.fill(best[i], INFINITE);
        }
        best[0][0] = 0;
        for (int p = 0; p < n; p++) {
            for (int column = 0; column < columns; column++) {
                if (best[p][column] >= INFINITE) {
                    continue;
                }
                if (column == amountIndex && column + 1 < columns
                        && best[p][column] + cell + MISSING_AMOUNT < best[p][column + 1]) {
                    // a row without its amount: read so, that the import names what is missing where it is missing
                    best[p][column + 1] = best[p][column] + cell + MISSING_AMOUNT;
                    from[p][column + 1] = p;
                }
                extend(atoms, p, column, widths[column], cell, best, from);
            }
        }
        int cost = best[n][0];
        if (openEnd) {
            for (int column = 0; column < columns; column++) {
                cost = Math.min(cost, best[n][column]);
            }
        }
        return new Search(cost, from);
    }

    /** Every cell of {@code column} that can start at atom p, each with what it costs. */
    private void extend(Atom[] atoms, int p, int column, int width, int cell, int[][] best, int[][] from) {
        int n = atoms.length;
        int next = (column + 1) % columns;
        int echo = column == echoIndex && p > 0 && atoms[p].opening != null
                && atoms[p].opening.equals(atoms[from[p][column]].opening) ? ECHO : 0;
        int cost = 0;
        int lineWidth = 0; // as narrow as the line may be
        int slack = 0; // how much wider it may be

        int lines = 0;
        for (int q = p + 1; q <= n; q++) {
            Atom atom = atoms[q - 1];
            boolean newLine = q - 1 == p || atom.lineStart;
            if (newLine) {
                if (q - 1 > p && widest(lineWidth, slack, atom) + atom.firstUnitWidest <= width) {
                    cost += WRAP; // the cell went on although the next line's start had room on this one
                }
                if (q - 1 > p && endsSentence(atoms[q - 2])) {
                    cost += SENTENCE; // a cell's text goes on after a full stop less often than it ends there
                }
                if (centred && lines == 1 && p > 0 && !atoms[p].lineStart) {
                    cost += WRAP; // in centred rows, a cell that shares its first line with the one before has one line
                }
                if (q - 1 > p && atom.firstItem) {
                    cost += WRAP; // a numbered list starts again: a new cell's (1. … 2. … in each target)
                }
                if (q - 1 > p && atom.opening != null && atom.opening.equals(atoms[p].opening)) {
                    cost += WRAP; // a line opens as the cell did: the next cell repeating it (an annual target its period's)
                }
                lineWidth = atom.width;
                slack = atom.slack;
                if (++lines > MAX_CELL_LINES) {
                    return;
                }
            } else {
                lineWidth += atom.spaceWidth + atom.width;
                slack += slack(atom.spaceBefore) + atom.slack;
                cost += JOIN;
            }
            if (column == amountIndex) {
                if (q > p + 1 || !atom.amount) {
                    return; // an amount cell is one amount
                }
            } else if (atom.amount && (atom.alone || atom.money)) {
                return; // an amount on a line of its own, or written as money, is its column's
            } else if (lineWidth > width) {
                return; // this line does not fit the column, nor will any longer cell
            }
            int end = 0;
            if (q < n) {
                Atom following = atoms[q];
                if (!following.lineStart) {
                    // two cells on one line: the first of them has one line (centred or set at the top of the row)
                    end = lines > 1 ? WRAP : 0;
                } else if (column != amountIndex && lineWidth + following.firstUnit > width) {
                    end = FULL_END; // the cell ended on a full line
                }
            }
            int total = best[p][column] + cell + cost + end - echo;
            if (total < best[q][next]) {
                best[q][next] = total;
                from[q][next] = p;
            }
        }
    }

    /**
     * The widest a line may have been: its spaces and signs of uncertain width at their widest ({@link #slack}), and a
     * line broken before a Latin word most likely broken at a space the extraction dropped.
     */
    private static int widest(int lineWidth, int slack, Atom next) {
        return next.latinStart ? lineWidth + slack + FULL_WIDTH_SPACE : lineWidth + slack;
    }

    private static final int FULL_WIDTH_SPACE = 4;
    private static final int OPENING_LENGTH = 6;

    private static boolean endsSentence(Atom atom) {
        char last = atom.text.charAt(atom.text.length() - 1);
        return last == '。' || last == '！' || last == '？';
    }

    // --- atoms: a line's pieces between spaces, where two cells on one line may part ---

    private static final class Atom {
        final int line;
        final String text;
        final String spaceBefore;
        final boolean lineStart;
        final int width;
        final int spaceWidth;
        final int firstUnit;
        final int firstUnitWidest;
        final int slack;
        final int lineWidth;
        final boolean amount;
        final boolean firstItem;
        /** The first characters of a line, to see a text start again; null for a short line or a later piece. */
        final String opening;
        /** Starts with a Latin letter or digit. */
        final boolean latinStart;
        /** The only piece of its line. */
        boolean alone;
        /** An amount written as money (1,200.50), not a number a text may hold. */
        final boolean money;

        Atom(int line, String text, String spaceBefore, boolean lineStart, int lineWidth, boolean amount) {
            this.line = line;
            this.text = text;
            this.spaceBefore = spaceBefore;
            this.lineStart = lineStart;
            this.width = width(text);
            this.spaceWidth = width(spaceBefore);
            this.firstUnit = firstUnit(text);
            this.firstUnitWidest = firstUnit + slack(text.substring(0, Math.min(text.length(), 2)));
            this.slack = slack(text);
            this.lineWidth = lineWidth;
            this.amount = amount;
            this.money = amount && MONEY.matcher(text).find();
            this.latinStart = !text.isEmpty() && text.charAt(0) < 0x80;
            this.opening = lineStart && text.length() >= OPENING_LENGTH ? text.substring(0, OPENING_LENGTH) : null;
            this.firstItem = lineStart && FIRST_ITEM.matcher(text).lookingAt();
        }
    }

    /** The first item of a numbered list: 1. 1、 (1) （1） ① 一、 */
    private static final Pattern FIRST_ITEM = Pattern.compile("(?:1[.．、](?![0-9０-９])|[(（]1[)）]|①|一、)");
    private static final Pattern MONEY = Pattern.compile("[.．,，]|万元");
    private static final Pattern WORD = Pattern.compile("[^ \\t\\u3000\\u00a0]+");

    private Atom[] atoms(List<Line> lines) {
        List<Atom> atoms = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            int lineWidth = width(text);
            Matcher word = WORD.matcher(text);
            int end = -1;
            int first = atoms.size();
            while (word.find()) {
                String space = end < 0 ? "" : text.substring(end, word.start());
                boolean amount = amountIndex >= 0 && amountColumn.test(word.group());
                atoms.add(new Atom(line.number(), word.group(), space, end < 0, lineWidth, amount));
                end = word.end();
            }
            if (atoms.size() == first + 1) {
                atoms.get(first).alone = true;
            }
        }
        return atoms.toArray(Atom[]::new);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    // --- widths of text ---

    /**
     * The width of a text in quarters of a Chinese character: four for a Chinese character or a full-width or East
     * Asian ambiguous sign, two for a Latin letter or digit, one for a space and narrow punctuation (.,;:'|!), as
     * the Song or Hei typeface of a Chinese form sets them with a Latin typeface for the Latin text.
     */
    static int width(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
        }
        return width;
    }

    static int charWidth(char c) {
        if (c < 0x00a1) {
            return NARROW.indexOf(c) >= 0 ? 1 : 2;
        }
        if (AMBIGUOUS.indexOf(c) >= 0) {
            return 2; // at its narrowest
        }
        // Latin-1 signs East Asian fonts set wide (°, ±, ×, ÷, ·), general punctuation (“ ” ‘ ’ — …), letterlike and
        // mathematical signs (≥ ≤ ℃ ‰ →), CJK and Hangul, compatibility and full-width forms, surrogates of CJK
        // extension characters
        return c == 0x00b0 || c == 0x00b1 || c == 0x00b7 || c == 0x00d7 || c == 0x00f7
                || (c >= 0x1100 && c <= 0x115f) || (c >= 0x2010 && c <= 0x2e7f && c != 0x2011)
                || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd800 && c <= 0xdfff)
                || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe6f) || (c >= 0xff01 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6) ? 4 : 2;
    }

    /**
     * The width of what a wrapped line must start with: one Chinese character, or a run of Latin letters and digits
     * (which never breaks), with an opening bracket or quote before it and the closing punctuation after it (a
     * line neither ends with the one nor starts with the other).
     */
    static int firstUnit(String text) {
        int i = 0;
        int width = 0;
        while (i < text.length() && OPENING.indexOf(text.charAt(i)) >= 0) {
            width += charWidth(text.charAt(i++));
        }
        if (i < text.length() && charWidth(text.charAt(i)) == 4) {
            width += charWidth(text.charAt(i++));
        } else {
            while (i < text.length() && !isSpace(text.charAt(i)) && charWidth(text.charAt(i)) < 4) {
                width += charWidth(text.charAt(i++));
            }
        }
        while (i < text.length() && CLOSING.indexOf(text.charAt(i)) >= 0) {
            width += charWidth(text.charAt(i++));
        }
        return width;
    }

    /**
     * How much wider than {@link #width} a text may have been set: a space may have been a full-width one (　) that
     * the extraction gave as a space, and quotes, dashes and some signs are wide in a Song typeface and narrow in
     * others.
     */
    static int slack(CharSequence text) {
        int slack = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            slack += c == ' ' ? FULL_WIDTH_SPACE - 1 : AMBIGUOUS.indexOf(c) >= 0 ? 2 : 0;
        }
        return slack;
    }

    private static final String AMBIGUOUS = "“”‘’…—·≥≤±×°";
    private static final String NARROW = " .,;:'|!il";
    private static final String CLOSING = "，。、；：？！）》」』】〕”’…％,.;:?!)]}%";
    private static final String OPENING = "“‘（(《〈「『【〔[{";
}
