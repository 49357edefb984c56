package gov.perftarget.review.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/**
 * 审核意见: what the reviewer recorded on a revision.
 *
 * @param criterionGrades   a grade per criterion (完整性, 相关性, 适当性, 可行性)
 * @param indicatorComments comments on single indicators, by position
 * @param overallComment    the overall review comment
 * @param reasonCodes       the reasons of a return or rejection
 * @param overallGrade      优 / 良 / 中 / 差
 * @param decision          approved, returned for revision, or rejected; follows from the grade
 * @param reviewer          who decided, as the client named them (authentication comes with the security issue)
 * @param decidedAt         when
 */
public record ReviewerDecision(Map<Criterion, Grade> criterionGrades, List<IndicatorComment> indicatorComments,
        String overallComment, List<ReturnReason> reasonCodes, Grade overallGrade, ReviewDecision decision,
        @Schema(nullable = true) String reviewer, OffsetDateTime decidedAt) {

    /** The grades in the criteria's order, whatever map they were read into: the answer is the same every time. */
    public ReviewerDecision {
        if (criterionGrades != null) {
            Map<Criterion, Grade> ordered = new EnumMap<>(Criterion.class);
            ordered.putAll(criterionGrades);
            criterionGrades = ordered;
        }
    }

    /** A reviewComment on one indicator. */
    public record IndicatorComment(int position, String comment) {
    }
}
