package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.TargetText;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A target value cell (实施周期指标值 or 年度指标值) as written: present, at most 10,000 characters. */
@NotBlank
@Size(max = 10000)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
public @interface TargetText {

    String message() default "{validation.a-target-value-is-required-at-most-10000-characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
