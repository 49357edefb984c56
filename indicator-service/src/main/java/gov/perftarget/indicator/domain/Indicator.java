package gov.perftarget.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import gov.perftarget.indicator.grammar.Measure;
import gov.perftarget.indicator.grammar.RecentReadings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 绩效指标: a 三级 indicator of a declaration under its 一级/二级 categories, with its two target
 * texts as written (实施周期指标值, 年度指标值).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    /** The revision number of the working copy that the department edits. */
    public static final int WORKING_COPY = 0;

    /**
     * The revision under which version {@code version} of the working copy is kept once a later write
     * replaced it: a submission may still name it, until the next freeze (negative, never a real revision).
     */
    public static int superseded(int version) {
        return -version;
    }

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    /** {@link #WORKING_COPY}, or the submitted revision this frozen copy belongs to. */
    public int revision;

    /** Place on the form, from 1. */
    public int position;

    @Column(name = "level1_category")
    public String level1Category;

    @Column(name = "level2_category")
    public String level2Category;

    /** 三级指标 name. */
    public String name;

    /** 实施周期指标值, as written. */
    @Column(name = "period_target")
    public String periodTarget;

    /** 年度指标值, as written. */
    @Column(name = "annual_target")
    public String annualTarget;

    /** Optional weight (权重), in points. */
    public BigDecimal weight;

    /** The period target's measures as read at freezing; null on the working copy, which is read afresh. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    @Column(name = "period_measures")
    public List<Measure> periodMeasures;

    /** The annual target's measures as read at freezing; null on the working copy. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "annual_measures")
    public List<Measure> annualMeasures;

    /** The library indicator it was taken from, if any. */
    @Column(name = "library_indicator_id")
    public UUID libraryIndicatorId;

    public static List<Indicator> of(UUID declarationId, int revision) {
        return list("declarationId = ?1 and revision = ?2 order by position", declarationId, revision);
    }

    /**
     * Version {@code version} of a declaration's working copy, as a submission names it: the working copy while it
     * is that version, the copy kept when a later write replaced it, or empty when the version was never written
     * or was dropped by a freeze. Version 0 is the set before the first write: no indicators.
     */
    public static Optional<List<Indicator>> ofVersion(DeclarationState state, UUID declarationId, int version) {
        if (state == null) {
            return version == 0 ? Optional.of(List.of()) : Optional.empty();
        }
        if (!state.keeps(version)) {
            return Optional.empty();
        }
        if (version == state.workingVersion) {
            return Optional.of(of(declarationId, WORKING_COPY));
        }
        return Optional.of(version == 0 ? List.of() : of(declarationId, superseded(version)));
    }

    public Indicator copyFor(int frozenRevision) {
        Indicator copy = new Indicator();
        copy.id = UUID.randomUUID();
        copy.declarationId = declarationId;
        copy.revision = frozenRevision;
        copy.position = position;
        copy.level1Category = level1Category;
        copy.level2Category = level2Category;
        copy.name = name;
        copy.periodTarget = periodTarget;
        copy.annualTarget = annualTarget;
        copy.weight = weight;
        copy.libraryIndicatorId = libraryIndicatorId;
        copy.periodMeasures = RecentReadings.of(periodTarget);
        copy.annualMeasures = RecentReadings.of(annualTarget);
        return copy;
    }

    /** The measures of the period target: as frozen, or read now for the working copy. */
    public List<Measure> measuresOfPeriodTarget() {
        return periodMeasures != null ? periodMeasures : RecentReadings.of(periodTarget);
    }

    /** The measures of the annual target: as frozen, or read now for the working copy. */
    public List<Measure> measuresOfAnnualTarget() {
        return annualMeasures != null ? annualMeasures : RecentReadings.of(annualTarget);
    }
}
