package gov.perftarget.audit;

import gov.perftarget.api.ContentChanges;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 审计记录: one state change — who (actor), when, what (action on a resource) and the fields it
 * changed. Append-only: the entity is immutable to Hibernate and the database refuses updates and
 * deletes ({@code R__audit_trail.sql}); records are only ever added by {@link AuditTrail}.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    /** From {@code audit_record_seq}, 50 keys per call, so that the insert can wait for the flush and be batched. */
    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public String resourceId;

    /** Every changed field with its old and new value; a creation has only new values. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    @Column(nullable = false, updatable = false)
    public List<ContentChanges.Change> changes;
}
