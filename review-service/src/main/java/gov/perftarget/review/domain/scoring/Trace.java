package gov.perftarget.review.domain.scoring;

import java.util.Map;

/**
 * How a number of a self-evaluation came about: the rule applied, its inputs, the arithmetic, and
 * the rule set (fiscal year and version) it was taken from.
 */
public record Trace(String rule, Map<String, String> inputs, String arithmetic, String ruleSet) {
}
