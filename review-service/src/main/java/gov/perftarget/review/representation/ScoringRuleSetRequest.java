package gov.perftarget.review.representation;

import gov.perftarget.review.representation.ScoringRuleSetRequest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.scoring.ScoringRules;

/** A new version of a fiscal year's scoring rules. */
@Schema(description = "绩效自评评分规则 a new version of the year's scoring rules", examples = """
        {"rules": {"budgetExecutionPoints": "10", "level1Points": {"OUTPUT": "50", "OUTCOME": "30", "SATISFACTION": "10"},
          "emptyCategory": "REDISTRIBUTE",
          "qualitativeBands": {"ACHIEVED": {"from": "0.80", "to": "1.00"}, "PARTLY_ACHIEVED": {"from": "0.60", "to": "0.80"},
            "NOT_ACHIEVED": {"from": "0.00", "to": "0.60"}},
          "overAchievementThreshold": "1.30", "excellentFrom": "90", "goodFrom": "80", "fairFrom": "60", "scale": 2},
         "note": "2024 年度规则：满意度指标权重不变"}""")
public record ScoringRuleSetRequest(
        @NotNull(message = "{validation.rules-are-required}") ScoringRules rules,
        @Size(max = 500, message = "{validation.note-must-be-at-most-characters}") String note) {
}
