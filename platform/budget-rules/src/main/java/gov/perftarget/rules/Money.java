package gov.perftarget.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
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
import jakarta.validation.constraints.NotNull;

/**
 * An amount of money in 万元 as the forms hold it and the database stores it ({@code numeric(15,2)}):
 * present, not negative, at most 13 integer digits and 2 decimals.
 */
@NotNull
@DecimalMin("0.00")
@DecimalMax("9999999999999.99")
@Digits(integer = 13, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
public @interface Money {

    String message() default "{validation.amount-is-required-from-0-to-9999999999999-99-10-000-yuan-with-at-most}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
