package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.Weight;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** An indicator's optional weight (权重) in points: 0 to 100, at most 2 decimals. */
@DecimalMin("0")
@DecimalMax("100")
@Digits(integer = 3, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
public @interface Weight {

    String message() default "{validation.weight-must-be-from-0-to-100-with-at-most-2-decimals}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
