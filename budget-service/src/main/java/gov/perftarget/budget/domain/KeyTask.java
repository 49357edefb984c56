package gov.perftarget.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 年度重点工作任务: one key work task of a declaration, with its planned funds in 万元. */
@Entity
@Table(name = "key_task")
public class KeyTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "declaration_id")
    public Declaration declaration;

    /** Place on the form, from 1. */
    public int position;

    /** 名称. */
    public String name;

    /** 主要实施内容. */
    public String content;

    /** 拟投入的资金 (万元). */
    @Column(name = "planned_funds")
    public BigDecimal plannedFunds;

    /** 期望达到的目标. */
    @Column(name = "expected_outcome")
    public String expectedOutcome;
}
