package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.review.domain.ScoringRuleSet;
import gov.perftarget.review.domain.scoring.ScoringRules;
import gov.perftarget.review.representation.ScoringRuleSetResponse;

/**
 * The scoring rule sets per fiscal year (docs/domain.md §5). Each change adds a version; a year nobody
 * configured scores with the defaults of §5, stored as its version 1 the first time they are used.
 */
@ApplicationScoped
public class ScoringRuleSetService {

    private final AuditTrail audit;

    public ScoringRuleSetService(AuditTrail audit) {
        this.audit = audit;
    }

    /** The latest version of the year, or the defaults (version 0, not stored) when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoringRuleSet current(int fiscalYear) {
        return ScoringRuleSet.latest(fiscalYear).orElseGet(() -> unsaved(fiscalYear));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoringRuleSet version(int fiscalYear, int version) {
        return ScoringRuleSet.of(fiscalYear, version).orElseThrow(() -> ApiException.notFound(
                MESSAGES.text("resource.scoring-rule-set-version"), fiscalYear + " v" + version));
    }

    /** The version to score with: the one asked for, else the latest, else the defaults stored as version 1. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScoringRuleSet forScoring(int fiscalYear, Integer version) {
        if (version != null) {
            return version(fiscalYear, version);
        }
        return ScoringRuleSet.latest(fiscalYear)
                .orElseGet(() -> store(fiscalYear, 1, ScoringRules.defaults(), "docs/domain.md §5 defaults",
                        "scoring-rule-set.store-defaults"));
    }

    /** Adds a version of the year's rules; 422 naming each broken rule, 409 if another admin added one meanwhile. */
    @Transactional
    public ScoringRuleSet add(int fiscalYear, ScoringRules rules, String note) {
        List<ScoringRules.Problem> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.SCORING_RULES_INVALID,
                    MESSAGES.text("problem.scoring-rules-invalid"),
                    problems.stream().map(p -> new InvalidField(p.field(), p.message(), p.messageEn())).toList());
        }
        int next = ScoringRuleSet.latest(fiscalYear).map(set -> set.version + 1).orElse(1);
        return store(fiscalYear, next, rules, note, "scoring-rule-set.add");
    }

    private ScoringRuleSet store(int fiscalYear, int version, ScoringRules rules, String note, String action) {
        ScoringRuleSet set = unsaved(fiscalYear);
        set.version = version;
        set.rules = rules;
        set.note = note;
        try {
            set.persistAndFlush();
        } catch (PersistenceException e) {
            throw ApiException.conflict(ProblemType.SCORING_RULE_SET_VERSION_TAKEN,
                    MESSAGES.text("problem.scoring-rule-set-version-taken", fiscalYear, version));
        }
        audit.recordCall(action, "scoring-rule-set", fiscalYear + "/versions/" + version, null,
                ScoringRuleSetResponse.of(set));
        return set;
    }

    private static ScoringRuleSet unsaved(int fiscalYear) {
        ScoringRuleSet set = new ScoringRuleSet();
        set.fiscalYear = fiscalYear;
        set.version = 0;
        set.rules = ScoringRules.defaults();
        set.note = "docs/domain.md §5 defaults (not stored yet)";
        set.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return set;
    }
}
