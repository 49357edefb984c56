package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.LibraryPickRequest;
import gov.perftarget.indicator.representation.TargetText;
import gov.perftarget.indicator.representation.Weight;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a library indicator to a declaration: the library gives name and categories, the department the targets. */
@Schema(description = "从指标库选取指标 pick an indicator from the library")
public record LibraryPickRequest(
        @NotNull(message = "{validation.libraryindicatorid-is-required}")
        UUID libraryIndicatorId,

        @Schema(description = "实施周期指标值 period target, as written", examples = "服务对象满意度≥90%")
        @TargetText
        String periodTarget,

        @Schema(description = "年度指标值 annual target, as written", examples = "服务对象满意度≥90%")
        @TargetText
        String annualTarget,

        @Schema(description = "权重 weight in points, optional")
        @Weight
        BigDecimal weight) {
}
