package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import gov.perftarget.rules.Finding;

/**
 * 相关性 (docs/domain.md §4): each key task should be covered by at least one indicator whose text shares
 * its subject. A task's subject is its name without the generic endings of a task name (计划, 项目,
 * 工程, 专项, 行动, 工作, 任务); an indicator covers it when its name or target texts hold the subject,
 * or at least {@value #MIN_SHARED_PERCENT} % of the subject's two-character terms (Chinese compounds
 * are mostly two characters, and forms reorder them: 企业创新 / 科技创新型企业).
 */
public final class KeyTaskCoverage {

    static final int MIN_SHARED_PERCENT = 60;

    private static final Pattern GENERIC_ENDING = Pattern.compile("(计划|项目|工程|专项|行动|工作|任务)+$");

    /** The indicators (positions) that cover one key task; empty when none does. */
    public record TaskCoverage(int keyTask, String name, String subject, List<Integer> indicatorPositions) {
    }

    public record Result(List<TaskCoverage> tasks, List<Finding> findings) {
    }

    private KeyTaskCoverage() {
    }

    public static Result of(List<SubmittedRevision.KeyTask> tasks, List<RevisionIndicator> indicators) {
        List<TaskCoverage> coverage = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // each indicator's words once, not once per key task
        List<String> texts = indicators.stream().map(KeyTaskCoverage::words).toList();
        for (int i = 0; i < tasks.size(); i++) {
            String name = tasks.get(i).name();
            if (name == null || name.isBlank()) {
                continue; // an incomplete task is a completeness finding already
            }
            String subject = subject(name);
            List<Integer> covering = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
                if (covers(texts.get(k), subject)) {
                    covering.add(indicators.get(k).position());
                }
            }
            coverage.add(new TaskCoverage(i + 1, name, subject, List.copyOf(covering)));
            if (covering.isEmpty()) {
                findings.add(Finding.of(PreReviewFinding.KEY_TASK_NOT_COVERED, "keyTasks[" + i + "]",
                        MESSAGES.text("finding.key-task-not-covered", (i + 1), name)));
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

    /** An indicator's name and target texts, without punctuation. */
    private static String words(RevisionIndicator indicator) {
        return withoutPunctuation(nonNull(indicator.name()) + nonNull(indicator.periodTarget())
                + nonNull(indicator.annualTarget()));
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

    private static boolean covers(String text, String subject) {
        if (subject.isEmpty()) {
            return false;
        }
        if (text.contains(subject)) {
            return true;
        }
        Set<String> terms = terms(subject);
        long shared = terms.stream().filter(text::contains).count();
        return terms.size() > 1 && shared * 100 >= (long) MIN_SHARED_PERCENT * terms.size();
    }

    /** The overlapping two-character terms of a subject (重点研发 → 重点, 点研, 研发). */
    private static Set<String> terms(String subject) {
        Set<String> terms = new LinkedHashSet<>();
        int[] characters = subject.codePoints().toArray();
        for (int i = 0; i + 1 < characters.length; i++) {
            terms.add(new String(characters, i, 2));
        }
        return terms;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
