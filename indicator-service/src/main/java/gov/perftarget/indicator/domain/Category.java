package gov.perftarget.indicator.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A category of the indicator catalogue (指标目录): 一级 (level 1) or 二级 (level 2), seeded by migration. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    /** Stable code, e.g. {@code OUTPUT} or {@code QUANTITY}. */
    @Id
    public String code;

    /** 1 for 一级, 2 for 二级. */
    public int level;

    /** The 一级 category of a 二级 one; null for 一级. */
    @Column(name = "parent_code")
    public String parentCode;

    /** Chinese name as on the forms, e.g. 产出指标. */
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** Order within its level or parent. */
    public int position;

    public static List<Category> allInOrder() {
        return list("order by level, position");
    }
}
