package gov.perftarget.rules;

import java.math.BigDecimal;

/**
 * One arithmetic identity of the budget overview, with both sides computed.
 *
 * @param code        stable name of the identity
 * @param description the identity in words, Chinese
 * @param left        the left-hand sum (万元)
 * @param right       the right-hand sum (万元)
 * @param holds       whether both sides are equal to the cent
 */
public record IdentityCheck(String code, String description, BigDecimal left, BigDecimal right, boolean holds) {
}
