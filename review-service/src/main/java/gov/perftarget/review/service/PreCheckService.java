package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.CallerScopedCall;
import gov.perftarget.api.ProblemType;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.review.client.BudgetServiceClient;
import gov.perftarget.review.client.IndicatorServiceClient.IndicatorSet;
import gov.perftarget.review.client.WorkingIndicatorsClient;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.SubmittedRevision;
import gov.perftarget.security.Caller;

/**
 * The pre-check (docs/domain.md §4): the whole pre-review run on a declaration as it stands, before it is
 * submitted, every finding at once — also when the arithmetic fails, which a submission refuses. The draft is
 * read from budget-service and indicator-service with the caller's own token, so each decides whether the
 * caller may see it; nothing is stored, audited or sent.
 */
@ApplicationScoped
public class PreCheckService {

    private final Caller caller;
    private final BudgetServiceClient budgetService;
    private final WorkingIndicatorsClient indicatorService;
    private final PreReviewService preReviews;

    public PreCheckService(Caller caller, @RestClient BudgetServiceClient budgetService,
            @RestClient WorkingIndicatorsClient indicatorService, PreReviewService preReviews) {
        this.caller = caller;
        this.budgetService = budgetService;
        this.indicatorService = indicatorService;
        this.preReviews = preReviews;
    }

    public PreReviewResult preCheck(UUID declarationId) {
        String authorization = "Bearer " + caller.bearerToken().orElseThrow(() -> notFound(declarationId));
        SubmittedRevision draft = read(() -> budgetService.declaration(authorization, declarationId), declarationId,
                ProblemType.BUDGET_SERVICE_UNAVAILABLE, MESSAGES.text("problem.budget-service-unavailable"));
        BilingualText indicatorsAway = MESSAGES.text("problem.indicator-service-unavailable-for-pre-check");
        IndicatorSet indicators = read(() -> indicatorService.workingIndicators(authorization, declarationId),
                declarationId, ProblemType.INDICATOR_SERVICE_UNAVAILABLE, indicatorsAway);
        List<RevisionIndicator> working = indicators.indicators() == null ? List.of() : indicators.indicators();
        return PreReview.run(draft, working, read(preReviews::catalogue, declarationId,
                ProblemType.INDICATOR_SERVICE_UNAVAILABLE, indicatorsAway),
                draft.departmentCode() == null ? null : read(() -> preReviews.priorYear(draft.departmentCode(),
                        draft.fiscalYear()), declarationId, ProblemType.INDICATOR_SERVICE_UNAVAILABLE, indicatorsAway));
    }

    /** A call to another service with the caller's token: what it does not show the caller is not found here. */
    private static <T> T read(Supplier<T> call, UUID declarationId, ProblemType unavailable, BilingualText message) {
        return CallerScopedCall.read(call, () -> notFound(declarationId),
                () -> new ApiException(unavailable, message, List.of()));
    }

    private static ApiException notFound(UUID declarationId) {
        return ApiException.notFound(MESSAGES.text("resource.declaration"), declarationId);
    }
}
