package gov.perftarget.review.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import gov.perftarget.review.domain.monitoring.MonitoringRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 绩效运行监控规则: one version of a fiscal year's monitoring rules. Versions are only ever added, so that every
 * round is assessed with the version it recorded; version 0 is the defaults of docs/domain.md §8, never stored.
 */
@Entity
@Immutable
@Table(name = "monitoring_rule_set")
@IdClass(RuleSetKey.class)
public class MonitoringRuleSet extends PanacheEntityBase {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public MonitoringRules rules;

    /** Why this version was made. */
    public String note;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<MonitoringRuleSet> latest(int fiscalYear) {
        return find("fiscalYear = ?1 order by version desc", fiscalYear).firstResultOptional();
    }

    public static Optional<MonitoringRuleSet> of(int fiscalYear, int version) {
        return find("fiscalYear = ?1 and version = ?2", fiscalYear, version).firstResultOptional();
    }
}
