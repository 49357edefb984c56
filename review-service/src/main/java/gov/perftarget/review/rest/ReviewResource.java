package gov.perftarget.review.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.Page;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.service.ReviewService;

@Path("/api/v1")
@Tag(name = "Reviews", description = "绩效目标审核 reviews and their automatic pre-review")
@Produces(MediaType.APPLICATION_JSON)
@ProblemResponses.ServerError
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listReviews", summary = "List reviews (审核列表); reviewers list the revisions waiting"
            + " for them with status=PRE_REVIEWED, filtered by year, department and proposed grade")
    @ProblemResponses.BadRequest
    public Page<ReviewResponse> list(
            @QueryParam("declarationId") UUID declarationId,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "部门编码 department code") @QueryParam("departmentCode") String departmentCode,
            @QueryParam("status") ReviewStatus status,
            @Parameter(description = "the overall grade the pre-review proposes") @QueryParam("proposedGrade") Grade proposedGrade,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负|page must not be negative") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1|size must be at least 1")
            @Max(value = 100, message = "每页条数不能超过 100|size must be at most 100") int size) {
        Page<Review> found = reviews.list(
                new ReviewService.ReviewFilter(declarationId, fiscalYear, departmentCode, status, proposedGrade), page, size);
        return found.map(ReviewResponse::of);
    }

    @GET
    @Path("/reviews/{id}")
    @Operation(operationId = "getReview", summary = "Read a review (查看审核)")
    @ProblemResponses.NotFound
    public ReviewResponse get(@PathParam("id") UUID id) {
        return ReviewResponse.of(reviews.get(id));
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}/review")
    @Operation(operationId = "getRevisionReview",
            summary = "Read the review of a submitted revision; 404 until its submission has arrived (查看修订版本的审核)")
    @ProblemResponses.NotFound
    public ReviewResponse ofRevision(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        return ReviewResponse.of(reviews.ofRevision(declarationId, revision));
    }

    @POST
    @Path("/reviews/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideReview", summary = "Record the reviewer's grades, comments, reasons and decision"
            + " on a pre-reviewed revision (审核结论); published as declaration-reviewed")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public ReviewResponse decide(@PathParam("id") UUID id,
            @NotNull(message = "缺少请求体|request body is required") @Valid ReviewDecisionRequest request) {
        return ReviewResponse.of(reviews.decide(id, request));
    }
}
