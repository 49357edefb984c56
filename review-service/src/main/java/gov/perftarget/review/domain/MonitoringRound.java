package gov.perftarget.review.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 监控轮次: a round of mid-year monitoring an admin opened for a fiscal year. Every department with an approved
 * revision of that year is expected to report its data as of the cut-off date by the due date.
 */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    /** 数据截止日期: the reports' figures are as of this day. */
    @Column(name = "cut_off_date")
    public LocalDate cutOffDate;

    /** 报送截止日期: a report not submitted by the end of this day is overdue. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The version of the year's monitoring rules the round is assessed with (0: the defaults). */
    @Column(name = "rule_set_version")
    public int ruleSetVersion;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    /** Whether a report not yet submitted is overdue on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
