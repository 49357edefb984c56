package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import gov.perftarget.rules.Finding;

/**
 * 相关性 (docs/domain.md §4): each key task should be covered by at least one indicator. A task is read whole
 * — its name, content and expected outcome — as {@link Terms}; an indicator covers it when its name or
 * targets hold enough of them: {@value #NAME_TERMS_NEEDED} of the name's terms (or all, if the name has fewer),
 * or one of the name's and one more, or {@value #ANY_TERMS_NEEDED} of the task's. The coverage lists the
 * terms matched and missed over all indicators, so the reviewer sees why.
 */
public final class KeyTaskCoverage {

    static final int NAME_TERMS_NEEDED = 2;
    static final int ANY_TERMS_NEEDED = 3;

    private static final Pattern GENERIC_ENDING = Pattern.compile("(计划|项目|工程|专项|行动|工作|任务)+$");

    /**
     * The indicators (positions) that cover one key task, empty when none does, and the task's terms that
     * some indicator holds ({@code matchedTerms}) and that none holds ({@code missedTerms}).
     */
    public record TaskCoverage(int keyTask, String name, String subject, List<Integer> indicatorPositions,
            List<String> matchedTerms, List<String> missedTerms) {
    }

    public record Result(List<TaskCoverage> tasks, List<Finding> findings) {
    }

    private KeyTaskCoverage() {
    }

    public static Result of(List<SubmittedRevision.KeyTask> tasks, List<RevisionIndicator> indicators) {
        List<TaskCoverage> coverage = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // each indicator read once, not once per key task
        List<IndicatorText> texts = indicators.stream().map(IndicatorText::of).toList();
        for (int i = 0; i < tasks.size(); i++) {
            SubmittedRevision.KeyTask task = tasks.get(i);
            String name = task.name();
            if (name == null || name.isBlank()) {
                continue; // an incomplete task is a completeness finding already
            }
            Set<String> nameTerms = Terms.of(name);
            Set<String> taskTerms = new LinkedHashSet<>(nameTerms);
            taskTerms.addAll(Terms.of(nonNull(task.content()) + "。" + nonNull(task.expectedOutcome())));
            List<Integer> covering = new ArrayList<>();
            Set<String> matched = new LinkedHashSet<>();
            for (int k = 0; k < indicators.size(); k++) {
                Set<String> shared = texts.get(k).shared(taskTerms);
                matched.addAll(shared);
                long sharedName = shared.stream().filter(nameTerms::contains).count();
                if (sharedName >= Math.min(NAME_TERMS_NEEDED, nameTerms.size()) && sharedName > 0
                        || sharedName >= 1 && shared.size() >= 2 || shared.size() >= ANY_TERMS_NEEDED) {
                    covering.add(indicators.get(k).position());
                }
            }
            List<String> missed = taskTerms.stream().filter(term -> !matched.contains(term)).toList();
            coverage.add(new TaskCoverage(i + 1, name, subject(name), List.copyOf(covering), List.copyOf(matched),
                    missed));
            if (covering.isEmpty()) {
                findings.add(Finding.of(PreReviewFinding.KEY_TASK_NOT_COVERED, "keyTasks[" + i + "]",
                        MESSAGES.text("finding.key-task-not-covered", (i + 1), name, terms(matched, "、"),
                                terms(missed, "、"), terms(matched, ", "), terms(missed, ", "))));
            }
        }
        return new Result(List.copyOf(coverage), List.copyOf(findings));
    }

    /** The name without punctuation and generic endings (基础研究计划 → 基础研究); the whole name if nothing is left. */
    static String subject(String name) {
        String words = withoutPunctuation(name);
        String subject = GENERIC_ENDING.matcher(words).replaceAll("");
        return subject.isEmpty() ? words : subject;
    }

    /**
     * An indicator's name and targets as plain text: a task's term is held where the text holds it, however the
     * segmenter would cut the indicator's own words (so the indicator's text is not segmented: a term it would
     * find is in its text anyway, and segmenting is most of the pre-review's CPU).
     */
    private record IndicatorText(String text) {

        static IndicatorText of(RevisionIndicator indicator) {
            return new IndicatorText(withoutPunctuation(nonNull(indicator.name()) + nonNull(indicator.periodTarget())
                    + nonNull(indicator.annualTarget())));
        }

        Set<String> shared(Set<String> taskTerms) {
            Set<String> shared = new LinkedHashSet<>();
            for (String term : taskTerms) {
                if (text.contains(term)) {
                    shared.add(term);
                }
            }
            return shared;
        }
    }

    private static String terms(Collection<String> terms, String separator) {
        return terms.isEmpty() ? "—" : String.join(separator, terms);
    }

    /**
     * Only the Han characters, letters and digits of a text. A loop, not a pattern: the pre-review reads
     * every indicator's texts, and a Unicode-script pattern made this most of its CPU.
     */
    private static String withoutPunctuation(String text) {
        StringBuilder words = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isAlphabetic(c) || Character.isDigit(c)).forEach(words::appendCodePoint);
        return words.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
