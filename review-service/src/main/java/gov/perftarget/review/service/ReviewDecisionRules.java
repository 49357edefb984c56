package gov.perftarget.review.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.InvalidField;
import gov.perftarget.review.domain.Criterion;
import gov.perftarget.review.domain.ReturnReason;
import gov.perftarget.review.domain.ReviewDecision;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.representation.ReviewDecisionRequest;

/**
 * The rules a reviewer's decision keeps (docs/domain.md §4): every criterion graded; the decision the
 * overall grade leads to (优/良 approve, 中 return, 差 reject); reasons for a return or rejection,
 * and an overall comment with reason 其他; comments only on indicators the revision has.
 */
final class ReviewDecisionRules {

    private ReviewDecisionRules() {
    }

    /** The decision to record; a 422 naming every broken rule otherwise. */
    static ReviewDecision check(ReviewDecisionRequest request, List<RevisionIndicator> indicators) {
        List<InvalidField> errors = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            if (request.criterionGrades().get(criterion) == null) {
                errors.add(new InvalidField("criterionGrades." + criterion,
                        "缺少" + criterion.chinese() + "评级", "The grade of " + criterion + " is missing"));
            }
        }
        ReviewDecision follows = request.overallGrade().decision();
        if (request.decision() != null && request.decision() != follows) {
            errors.add(new InvalidField("decision",
                    "总体评级" + request.overallGrade().chinese() + "对应的结论是 " + follows + "，不是 " + request.decision(),
                    "Overall grade " + request.overallGrade() + " leads to " + follows + ", not " + request.decision()));
        }
        List<ReturnReason> reasons = request.reasonCodes() == null ? List.of() : request.reasonCodes();
        if (follows != ReviewDecision.APPROVED && reasons.isEmpty()) {
            errors.add(new InvalidField("reasonCodes", "退回或不予通过时须说明原因",
                    "A return or rejection needs at least one reason code"));
        }
        if (reasons.contains(ReturnReason.OTHER)
                && (request.overallComment() == null || request.overallComment().isBlank())) {
            errors.add(new InvalidField("overallComment", "原因为“其他”时须填写总体审核意见",
                    "Reason OTHER needs an overall comment that says what"));
        }
        Set<Integer> positions = indicators == null ? Set.of()
                : indicators.stream().map(RevisionIndicator::position).collect(Collectors.toSet());
        List<ReviewDecisionRequest.IndicatorComment> comments = request.indicatorComments() == null ? List.of()
                : request.indicatorComments();
        for (int i = 0; i < comments.size(); i++) {
            if (!positions.contains(comments.get(i).position())) {
                errors.add(new InvalidField("indicatorComments[" + i + "].position",
                        "该修订版本没有第 " + comments.get(i).position() + " 项指标",
                        "The revision has no indicator " + comments.get(i).position()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.REVIEW_DECISION_INVALID, "审核意见不符合审核规则",
                    "The decision breaks the review rules", errors);
        }
        return follows;
    }
}
