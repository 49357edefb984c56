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
import gov.perftarget.review.domain.MonitoringRuleSet;
import gov.perftarget.review.domain.monitoring.MonitoringRules;
import gov.perftarget.review.domain.scoring.ScoringRules;

/**
 * The monitoring rule sets per fiscal year (docs/domain.md §8). Each change adds a version; version 0 is the
 * defaults of §8, which a year nobody configured uses.
 */
@ApplicationScoped
public class MonitoringRuleSetService {

    private final AuditTrail audit;

    public MonitoringRuleSetService(AuditTrail audit) {
        this.audit = audit;
    }

    /** The latest version of the year, or the defaults (version 0). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringRuleSet current(int fiscalYear) {
        return MonitoringRuleSet.latest(fiscalYear).orElseGet(() -> defaults(fiscalYear));
    }

    /** A version of the year's rules: 0 the defaults, else a stored one (404 when there is none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringRuleSet version(int fiscalYear, int version) {
        if (version == 0) {
            return defaults(fiscalYear);
        }
        return MonitoringRuleSet.of(fiscalYear, version).orElseThrow(() -> ApiException.notFound(
                MESSAGES.text("resource.monitoring-rule-set-version"), fiscalYear + " v" + version));
    }

    /** Adds a version of the year's rules; 422 naming each broken rule, 409 if another admin added one meanwhile. */
    @Transactional
    public MonitoringRuleSet add(int fiscalYear, MonitoringRules rules, String note) {
        List<ScoringRules.Problem> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.MONITORING_RULES_INVALID,
                    MESSAGES.text("problem.monitoring-rules-invalid"),
                    problems.stream().map(p -> new InvalidField("rules." + p.field(), p.message(), p.messageEn())).toList());
        }
        MonitoringRuleSet set = new MonitoringRuleSet();
        set.fiscalYear = fiscalYear;
        set.version = MonitoringRuleSet.latest(fiscalYear).map(latest -> latest.version + 1).orElse(1);
        set.rules = rules;
        set.note = note;
        set.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            set.persistAndFlush();
        } catch (PersistenceException e) {
            throw ApiException.conflict(ProblemType.CONFLICT,
                    MESSAGES.text("problem.monitoring-rule-set-version-taken", fiscalYear, set.version));
        }
        audit.recordCall("monitoring-rule-set.add", "monitoring-rule-set", fiscalYear + "/versions/" + set.version, null,
                set.rules);
        return set;
    }

    private static MonitoringRuleSet defaults(int fiscalYear) {
        MonitoringRuleSet set = new MonitoringRuleSet();
        set.fiscalYear = fiscalYear;
        set.version = 0;
        set.rules = MonitoringRules.defaults();
        set.note = "docs/domain.md §8 defaults";
        return set;
    }
}
