package gov.perftarget.indicator.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a library indicator to a declaration: the library gives name and categories, the department the targets. */
@Schema(description = "从指标库选取指标 pick an indicator from the library")
public record LibraryPickRequest(
        @NotNull(message = "指标库指标必填|libraryIndicatorId is required")
        UUID libraryIndicatorId,

        @Schema(description = "实施周期指标值 period target, as written", examples = "服务对象满意度≥90%")
        @NotBlank(message = "实施周期指标值不能为空|periodTarget must not be blank")
        @Size(max = 10000, message = "实施周期指标值不能超过 {max} 个字符|periodTarget must be at most {max} characters")
        String periodTarget,

        @Schema(description = "年度指标值 annual target, as written", examples = "服务对象满意度≥90%")
        @NotBlank(message = "年度指标值不能为空|annualTarget must not be blank")
        @Size(max = 10000, message = "年度指标值不能超过 {max} 个字符|annualTarget must be at most {max} characters")
        String annualTarget,

        @DecimalMin(value = "0", message = "权重不能为负|weight must not be negative")
        @DecimalMax(value = "100", message = "权重不能超过 100|weight must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "权重最多两位小数|weight has at most 2 decimals")
        BigDecimal weight) {
}
