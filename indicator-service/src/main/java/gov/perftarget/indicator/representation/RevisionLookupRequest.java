package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.RevisionLookupRequest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The submitted revisions whose frozen indicators are read in one call. */
@Schema(description = "修订版本 the submitted revisions to read the frozen indicators of")
public record RevisionLookupRequest(
        @Schema(description = "修订版本 the revisions, 1 to 100")
        @NotNull(message = "{validation.revisions-is-required}")
        @Size(min = 1, max = 100, message = "{validation.between-and-revisions}")
        List<@NotNull(message = "{validation.revision-must-not-be-null}") @Valid Revision> revisions) {

    /** One submitted revision of a declaration. */
    @Schema(description = "修订版本 a submitted revision")
    public record Revision(
            @NotNull(message = "{validation.declarationid-is-required}")
            UUID declarationId,

            @Schema(description = "修订版本号 the revision number, from 1", examples = "1")
            @NotNull(message = "{validation.revision-is-required}")
            @Min(value = 1, message = "{validation.revision-starts-at-1}")
            Integer revision) {
    }
}
