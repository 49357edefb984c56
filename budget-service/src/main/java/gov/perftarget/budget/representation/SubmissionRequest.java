package gov.perftarget.budget.representation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 提交申报表: what a submission names, so that exactly what the declarant saw is frozen and reviewed. */
@Schema(description = "提交 submission: the indicator set it submits", examples = """
        {"indicatorSetVersion": 3}""")
public record SubmissionRequest(
        @Schema(description = "the version of the declaration's indicators being submitted, as indicator-service's "
                + "GET or PUT of /declarations/{id}/indicators gave it (version); exactly that set is frozen with the revision",
                examples = "3")
        @NotNull(message = "{validation.indicatorsetversion-is-required}")
        @Min(value = 0, message = "{validation.indicatorsetversion-must-not-be-negative}")
        Integer indicatorSetVersion) {
}
