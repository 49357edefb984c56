package gov.perftarget.review.rest;

import gov.perftarget.review.representation.ReviewDecisionRequest;
import gov.perftarget.review.representation.ReviewResponse;
import gov.perftarget.review.representation.ReviewSummary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.FiscalYear;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.service.ReviewService;

@Path("/api/v1")
@Tag(name = "Reviews", description = "绩效目标审核 reviews and their automatic pre-review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** A page of reviews, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "ReviewPage", description = "一页审核 (one page of reviews)")
    public record ReviewPage(List<ReviewSummary> items, int page, int size,
            @Schema(description = Page.TOTAL) long total) {
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listReviews", summary = "List reviews (审核列表); reviewers list the revisions waiting"
            + " for them with status=PRE_REVIEWED, filtered by year, department and proposed grade",
            description = "Each item is a summary (ReviewSummary): read a review's pre-review and decision with getReview."
                    + " Sorts by submittedAt, fiscalYear, departmentCode, status, proposedGrade (default -submittedAt).")
    @ProblemResponses.BadRequest
    @APIResponseSchema(value = ReviewPage.class, responseCode = "200", responseDescription = "one page of reviews")
    public Page<ReviewSummary> list(
            @QueryParam("declarationId") UUID declarationId,
            @QueryParam("fiscalYear") @FiscalYear Integer fiscalYear,
            @Parameter(description = "部门编码 department code") @QueryParam("departmentCode") String departmentCode,
            @QueryParam("status") ReviewStatus status,
            @Parameter(description = "the overall grade the pre-review proposes") @QueryParam("proposedGrade") Grade proposedGrade,
            @Valid @BeanParam PageRequest paging) {
        Page<Review> found = reviews.list(
                new ReviewService.ReviewFilter(declarationId, fiscalYear, departmentCode, status, proposedGrade), paging);
        return found.map(ReviewSummary::of);
    }

    /** 审核数量: how many reviews stand at each status. */
    @Schema(description = "审核数量 (review counts) per status")
    public record ReviewCounts(long pending, long preReviewed, long approved, long returned, long rejected, long total) {

        static ReviewCounts of(Map<ReviewStatus, Long> counts) {
            return new ReviewCounts(counts.get(ReviewStatus.PENDING), counts.get(ReviewStatus.PRE_REVIEWED),
                    counts.get(ReviewStatus.APPROVED), counts.get(ReviewStatus.RETURNED), counts.get(ReviewStatus.REJECTED),
                    counts.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    @GET
    @Path("/reviews/counts")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "countReviews", summary = "Count reviews per status (审核数量), e.g. the reviewer's queue",
            description = "preReviewed is the reviewers' queue; a declarant counts its own department's reviews only.")
    @ProblemResponses.BadRequest
    @APIResponseSchema(value = ReviewCounts.class, responseCode = "200", responseDescription = "the counts")
    public ReviewCounts counts(@QueryParam("fiscalYear") @FiscalYear Integer fiscalYear,
            @Parameter(description = "部门编码 department code") @QueryParam("departmentCode") String departmentCode) {
        return ReviewCounts.of(reviews.countByStatus(fiscalYear, departmentCode));
    }

    @GET
    @Path("/reviews/{id}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getReview", summary = "Read a review (查看审核)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = ReviewResponse.class, responseCode = "200", responseDescription = "the review")
    public ReviewResponse get(@PathParam("id") UUID id) {
        return ReviewResponse.of(reviews.get(id));
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/review")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getRevisionReview",
            summary = "Read the review of a submitted revision; 404 until its submission has arrived (查看修订版本的审核)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = ReviewResponse.class, responseCode = "200", responseDescription = "the review of the revision")
    public ReviewResponse ofRevision(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        return ReviewResponse.of(reviews.ofRevision(declarationId, revision));
    }

    @POST
    @Path("/reviews/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "decideReview",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "review-already-decided review-decision-invalid review-not-ready review-superseded"),
            summary = "Record the reviewer's grades, comments, reasons and decision"
            + " on a pre-reviewed revision (审核结论); published as declaration-reviewed")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponseSchema(value = ReviewResponse.class, responseCode = "200", responseDescription = "the review with the decision recorded")
    public ReviewResponse decide(@PathParam("id") UUID id,
            @NotNull(message = "{validation.request-body-is-required}") @Valid ReviewDecisionRequest request) {
        Review decided = reviews.decide(id, request);
        Metrics.counter("perftarget.decisions", "decision", String.valueOf(decided.status)).increment(); // committed
        return ReviewResponse.of(decided);
    }
}
