package gov.perftarget.indicator.grammar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of the value cells read most recently, so that a cell is read once where the same text
 * comes back soon: a declaration's targets are read for the answer to its PUT and again when its
 * submission freezes them, seconds later. Reading depends on nothing but the text, so a remembered reading
 * is the one this code would make now; a new release starts with none, so drafts still gain from
 * grammar fixes.
 */
public final class RecentReadings {

    /** How many cells are remembered: a few seconds of a busy day's submissions, 20 cells each. */
    static final int CAPACITY = 4096;

    private static final Map<String, List<Measure>> READINGS = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Measure>> eldest) {
            return size() > CAPACITY;
        }
    };

    private RecentReadings() {
    }

    /** The measures of a cell, as {@link TargetGrammar#parse(String)} reads them; unmodifiable. */
    public static List<Measure> of(String cell) {
        if (cell == null) {
            return List.of();
        }
        synchronized (READINGS) {
            List<Measure> read = READINGS.get(cell);
            if (read != null) {
                return read;
            }
        }
        List<Measure> read = List.copyOf(TargetGrammar.parse(cell)); // outside the lock: reading takes ~0.1 ms
        synchronized (READINGS) {
            READINGS.put(cell, read);
        }
        return read;
    }
}
