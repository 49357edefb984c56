package gov.perftarget.indicator.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import gov.perftarget.indicator.grammar.TargetComparator;
import gov.perftarget.indicator.grammar.Nature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An indicator of the library (指标库): a standard 三级 indicator with its explanation and scoring
 * rule, which departments add to their declarations instead of writing their own.
 */
@Entity
@Table(name = "library_indicator")
public class LibraryIndicator extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "level1_category")
    public String level1Category;

    @Column(name = "level2_category")
    public String level2Category;

    @Enumerated(EnumType.STRING)
    public LibraryScope scope;

    /** The field of work (行业领域) of a 个性指标. */
    @Column(name = "field_of_work")
    public String fieldOfWork;

    @Enumerated(EnumType.STRING)
    public Nature nature;

    /** 计量单位 of a quantitative indicator. */
    public String unit;

    /** Direction of a quantitative indicator: ≥ for more is better, ≤ for less is better. */
    @Enumerated(EnumType.STRING)
    public TargetComparator comparator;

    /** 指标解释. */
    public String explanation;

    /** 数据来源. */
    @Column(name = "data_source")
    public String dataSource;

    /** 评分规则. */
    @Column(name = "scoring_rule")
    public String scoringRule;

    /** A disabled indicator stays on the declarations that use it but cannot be added anew. */
    public boolean enabled;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
