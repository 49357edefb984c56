package gov.perftarget.budget.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 部门整体预算绩效目标申报表: a department's declaration for one fiscal year, as it is being
 * edited. Each submission freezes it into a numbered {@link DeclarationRevision}.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    /** 预算年度. */
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public DeclarationStatus status;

    /** Number of the latest submitted revision; 0 while the declaration was never submitted. */
    @Column(name = "current_revision")
    public int currentRevision;

    @Embedded
    public Budget budget;

    /** 总体绩效目标. */
    @Column(name = "overall_target")
    public String overallTarget;

    /** 其他需完成的任务. */
    @Column(name = "other_tasks")
    public String otherTasks;

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<KeyTask> keyTasks = new ArrayList<>();

    /** 审核等级: the overall grade of the latest review decision (EXCELLENT, GOOD, FAIR, POOR); null before one. */
    @Column(name = "review_grade")
    public String reviewGrade;

    /** The lights of the latest monitoring report on the approved revision; null until one is submitted. */
    @JdbcTypeCode(SqlTypes.JSON)
    public MonitoringLights monitoring;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * Whether the department already has a declaration for the fiscal year (at most one per department
     * and year). A plain selection rather than Panache's {@code count}, which Hibernate translates anew
     * on every call.
     */
    public static boolean exists(Department department, int fiscalYear) {
        return !getEntityManager()
                .createQuery("select d.id from Declaration d where d.department = ?1 and d.fiscalYear = ?2", UUID.class)
                .setParameter(1, department).setParameter(2, fiscalYear).getResultList().isEmpty();
    }

    public List<BigDecimal> keyTaskFunds() {
        return keyTasks.stream().map(task -> task.plannedFunds).toList();
    }
}
