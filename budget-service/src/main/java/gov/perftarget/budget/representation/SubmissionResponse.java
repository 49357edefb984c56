package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.SubmissionResponse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.rules.Finding;

/** The result of a submission: the revision it froze and the warnings that did not block it. */
@Schema(description = "提交结果 submission result")
public record SubmissionResponse(UUID declarationId, int revision, DeclarationStatus status,
        OffsetDateTime submittedAt, List<Finding> warnings) {
}
