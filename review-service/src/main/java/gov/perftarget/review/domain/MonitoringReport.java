package gov.perftarget.review.domain;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import gov.perftarget.review.domain.monitoring.Forecast;
import gov.perftarget.review.domain.monitoring.MonitoringResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 监控报告: a department's report for a monitoring round on its approved revision — what it entered, and the
 * assessment of it. Saved as a draft any number of times; once submitted it is frozen.
 */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport extends PanacheEntityBase {

    /** 草稿 / 已报送. */
    @Schema(name = "MonitoringReportStatus", description = "报告状态 (report status): DRAFT 草稿, SUBMITTED 已报送")
    public enum Status {
        DRAFT, SUBMITTED
    }

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "declaration_id")
    public UUID declarationId;

    /** The approved revision reported on. */
    public int revision;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "department_name")
    public String departmentName;

    @Enumerated(EnumType.STRING)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Inputs inputs;

    @JdbcTypeCode(SqlTypes.JSON)
    public MonitoringResult result;

    @Column(name = "saved_at")
    public OffsetDateTime savedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Version
    public long version;

    /**
     * What the department entered: executed to date (万元), and per measure its progress value (when not the one
     * indicator-service records), forecast, and the reason and correction a yellow or red light needs.
     */
    @Schema(name = "MonitoringReportInputs", description = "监控报告填报内容 (what the department entered)")
    public record Inputs(BigDecimal executedToDate, String executionDeviationReason, String executionCorrectiveMeasure,
            List<MeasureEntry> measures) {

        /** The entry of one measure, by its indicator's position and its index; -1 when the report has none. */
        public int indexOf(int indicatorPosition, int measureIndex) {
            for (int i = 0; i < measures.size(); i++) {
                if (measures.get(i).indicatorPosition() == indicatorPosition && measures.get(i).measureIndex() == measureIndex) {
                    return i;
                }
            }
            return -1;
        }

        public Optional<MeasureEntry> entry(int indicatorPosition, int measureIndex) {
            int at = indexOf(indicatorPosition, measureIndex);
            return at < 0 ? Optional.empty() : Optional.of(measures.get(at));
        }
    }

    /** One measure's entry, by its indicator's position and its index within the annual target. */
    @Schema(name = "MonitoringMeasureEntry", description = "指标值填报 (one measure's entry)")
    public record MeasureEntry(int indicatorPosition, int measureIndex, BigDecimal progressValue, Forecast forecast,
            String deviationReason, String correctiveMeasure) {
    }

    public static Optional<MonitoringReport> of(UUID roundId, UUID declarationId) {
        return find("roundId = ?1 and declarationId = ?2", roundId, declarationId).firstResultOptional();
    }

    /** The report, locked for the rest of the transaction (a save and a submit of it never interleave). */
    public static Optional<MonitoringReport> locked(UUID roundId, UUID declarationId) {
        return find("roundId = ?1 and declarationId = ?2", roundId, declarationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<MonitoringReport> ofRound(UUID roundId) {
        return list("roundId", roundId);
    }
}
