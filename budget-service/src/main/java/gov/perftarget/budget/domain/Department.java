package gov.perftarget.budget.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 部门: a budget department that files declarations. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Department code (部门编码), unique. */
    public String code;

    public String name;

    /** 下属二级单位数. */
    @Column(name = "subordinate_unit_count")
    public int subordinateUnitCount;

    /** The parent department (上级部门), if any. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
