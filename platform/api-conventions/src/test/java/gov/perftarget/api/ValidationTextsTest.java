package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import gov.perftarget.messages.BilingualText;

/** A constraint's message by key, in both languages, its attributes filled in. */
class ValidationTextsTest {

    record Paging(@Max(value = 100, message = "{validation.size-must-be-at-most-100}") int size,
            @FiscalYear Integer fiscalYear) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void shouldGiveAConstraintsTextInBothLanguages() {
        Set<ConstraintViolation<Paging>> violations = VALIDATOR.validate(new Paging(101, 1999));
        assertEquals(2, violations.size());
        for (ConstraintViolation<Paging> violation : violations) {
            BilingualText text = ValidationTexts.of(violation);
            if (violation.getPropertyPath().toString().equals("size")) {
                assertEquals(new BilingualText("每页条数不能超过 100", "size must be at most 100"), text);
            } else {
                assertEquals("fiscalYear must lie between 2000 and 2100", text.en());
            }
        }
    }
}
