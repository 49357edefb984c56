package gov.perftarget.review.representation;

import gov.perftarget.review.representation.ScoringRuleSetResponse;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.ScoringRuleSet;
import gov.perftarget.review.domain.scoring.ScoringRules;

/** One version of a fiscal year's scoring rules; version 0 (stored false) are the defaults nobody stored yet. */
@Schema(description = "绩效自评评分规则 a version of the year's scoring rules")
public record ScoringRuleSetResponse(int fiscalYear, int version, boolean stored, String note,
        OffsetDateTime createdAt, ScoringRules rules) {

    public static ScoringRuleSetResponse of(ScoringRuleSet set) {
        return new ScoringRuleSetResponse(set.fiscalYear, set.version, set.version > 0, set.note, set.createdAt,
                set.rules);
    }
}
