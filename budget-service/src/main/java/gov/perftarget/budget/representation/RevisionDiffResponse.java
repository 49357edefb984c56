package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.RevisionDiffResponse;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.api.ContentChanges;

/** What changed from one submitted revision to another. */
@Schema(description = "修订版本差异 changes between two revisions")
public record RevisionDiffResponse(UUID declarationId, int from, int to,
        @Schema(description = "every changed field: its path (budget.basicExpenditure, keyTasks[2].name), old and new value")
        List<ContentChanges.Change> changes) {
}
