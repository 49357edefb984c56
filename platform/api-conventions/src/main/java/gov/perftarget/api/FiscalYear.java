package gov.perftarget.api;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** 预算年度: a fiscal year the platform serves, 2000 to 2100, wherever one is given (body, path or query). */
@Documented
@Min(FiscalYear.FIRST)
@Max(FiscalYear.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface FiscalYear {

    int FIRST = 2000;
    int LAST = 2100;

    String message() default "{validation.fiscalyear-must-lie-between-2000-and-2100}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
