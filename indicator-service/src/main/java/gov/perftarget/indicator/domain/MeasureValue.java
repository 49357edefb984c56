package gov.perftarget.indicator.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The recorded values of one annual measure of an approved revision: the mid-year progress value
 * (绩效运行监控: 进度值) and the year-end actual value (绩效自评: 完成值), each a number for a
 * quantitative measure or an achievement band for a qualitative one, with its evidence.
 */
@Entity
@Table(name = "measure_value")
public class MeasureValue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    public int revision;

    /** The indicator's position on the form. */
    @Column(name = "indicator_position")
    public int indicatorPosition;

    /** Index of the measure among the indicator's annual measures, from 0. */
    @Column(name = "measure_index")
    public int measureIndex;

    @Column(name = "progress_value")
    public BigDecimal progressValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_band")
    public AchievementBand progressBand;

    @Column(name = "progress_evidence")
    public String progressEvidence;

    @Column(name = "progress_recorded_at")
    public OffsetDateTime progressRecordedAt;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "actual_band")
    public AchievementBand actualBand;

    @Column(name = "actual_evidence")
    public String actualEvidence;

    @Column(name = "actual_recorded_at")
    public OffsetDateTime actualRecordedAt;

    public static List<MeasureValue> of(UUID declarationId, int revision) {
        return list("declarationId = ?1 and revision = ?2", declarationId, revision);
    }

    public static Optional<MeasureValue> of(UUID declarationId, int revision, int position, int index) {
        return find("declarationId = ?1 and revision = ?2 and indicatorPosition = ?3 and measureIndex = ?4",
                declarationId, revision, position, index).firstResultOptional();
    }
}
