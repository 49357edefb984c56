package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
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
                        MESSAGES.text("decision.grade-missing", criterion.chinese(), criterion)));
            }
        }
        ReviewDecision follows = request.overallGrade().decision();
        if (request.decision() != null && request.decision() != follows) {
            errors.add(new InvalidField("decision",
                    MESSAGES.text("decision.does-not-follow-grade",
                            request.overallGrade().chinese(), follows, request.decision(), request.overallGrade())));
        }
        List<ReturnReason> reasons = request.reasonCodes() == null ? List.of() : request.reasonCodes();
        if (follows != ReviewDecision.APPROVED && reasons.isEmpty()) {
            errors.add(new InvalidField("reasonCodes", MESSAGES.text("decision.reason-missing")));
        }
        if (reasons.contains(ReturnReason.OTHER)
                && (request.overallComment() == null || request.overallComment().isBlank())) {
            errors.add(new InvalidField("overallComment", MESSAGES.text("decision.other-needs-comment")));
        }
        Set<Integer> positions = indicators == null ? Set.of()
                : indicators.stream().map(RevisionIndicator::position).collect(Collectors.toSet());
        List<ReviewDecisionRequest.IndicatorComment> comments = request.indicatorComments() == null ? List.of()
                : request.indicatorComments();
        for (int i = 0; i < comments.size(); i++) {
            if (!positions.contains(comments.get(i).position())) {
                errors.add(new InvalidField("indicatorComments[" + i + "].position",
                        MESSAGES.text("decision.no-such-indicator", comments.get(i).position())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.REVIEW_DECISION_INVALID,
                    MESSAGES.text("problem.review-decision-invalid"), errors);
        }
        return follows;
    }
}
