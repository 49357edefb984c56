package gov.perftarget.review.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import gov.perftarget.review.domain.scoring.ScoringInput;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore;
import gov.perftarget.review.domain.scoring.SelfEvaluationScoring;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 绩效自评: one scoring of an approved revision, with the inputs it was scored from and the rule-set version. */
@Entity
@Table(name = "self_evaluation")
public class SelfEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    public int revision;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "rule_set_version")
    public int ruleSetVersion;

    /** Everything the score was computed from: scoring it again with the same rule-set version gives the same numbers. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    public Inputs inputs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public SelfEvaluationScore result;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;

    /** The scoring input and the deviation explanations, keyed by {@code position/index}. */
    public record Inputs(ScoringInput scoring, Map<String, SelfEvaluationScoring.Explanation> explanations) {
    }

    public static List<SelfEvaluation> ofRevision(UUID declarationId, int revision) {
        return list("declarationId = ?1 and revision = ?2 order by evaluatedAt desc, id", declarationId, revision);
    }
}
