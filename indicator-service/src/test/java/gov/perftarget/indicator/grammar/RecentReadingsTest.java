package gov.perftarget.indicator.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RecentReadingsTest {

    @Test
    void shouldReadACellAsTheGrammarDoesAndOnceWhileItIsRecent() {
        String cell = "1.新增省级以上孵化载体15家；2.技术合同成交额≥" + UUID.randomUUID().hashCode() + "亿元";
        List<Measure> first = RecentReadings.of(cell);

        assertEquals(TargetGrammar.parse(cell), first);
        assertSame(first, RecentReadings.of(new String(cell)), "the same text is not read again");
        assertThrows(UnsupportedOperationException.class, () -> first.add(Measure.qualitative("x")),
                "shared between callers, so unmodifiable");
        assertEquals(List.of(), RecentReadings.of(null));
    }

    @Test
    void shouldForgetTheLeastRecentlyReadCellsBeyondItsCapacity() {
        String kept = "≥" + UUID.randomUUID().hashCode() + "项";
        String forgotten = "≥" + UUID.randomUUID().hashCode() + "家";
        List<Measure> keptReading = RecentReadings.of(kept);
        List<Measure> forgottenReading = RecentReadings.of(forgotten);
        for (int i = 0; i < RecentReadings.CAPACITY - 1; i++) {
            RecentReadings.of("达到" + i + "个" + kept);
            if (i % 1000 == 0) {
                RecentReadings.of(kept); // read again: recent
            }
        }
        assertSame(keptReading, RecentReadings.of(kept));
        List<Measure> readAgain = RecentReadings.of(forgotten);
        assertNotSame(forgottenReading, readAgain, "read anew once forgotten");
        assertEquals(forgottenReading, readAgain);
    }
}
