package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.RevisionResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.budget.domain.DeclarationRevision;
import gov.perftarget.budget.domain.RevisionContent;

/** A submitted revision, frozen. */
@Schema(description = "申报表修订版本 declaration revision, as submitted")
public record RevisionResponse(UUID declarationId, int number, OffsetDateTime submittedAt, RevisionContent content) {

    public static RevisionResponse of(DeclarationRevision revision) {
        return new RevisionResponse(revision.declarationId, revision.number, revision.submittedAt, revision.content);
    }
}
