package gov.perftarget.review.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import gov.perftarget.review.domain.scoring.ScoringRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 绩效自评评分规则: one version of a fiscal year's scoring rules. Versions are only ever added, never
 * changed, so that every self-evaluation can be scored again with the version it names.
 */
@Entity
@Table(name = "scoring_rule_set")
@IdClass(RuleSetKey.class)
public class ScoringRuleSet extends PanacheEntityBase {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    public ScoringRules rules;

    /** Why this version was made. */
    public String note;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<ScoringRuleSet> latest(int fiscalYear) {
        return find("fiscalYear = ?1 order by version desc", fiscalYear).firstResultOptional();
    }

    public static Optional<ScoringRuleSet> of(int fiscalYear, int version) {
        return find("fiscalYear = ?1 and version = ?2", fiscalYear, version).firstResultOptional();
    }
}
