package gov.perftarget.budget.domain;

import java.time.OffsetDateTime;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A submitted revision (修订版本) of a declaration: its content as submitted, frozen. Review
 * results belong to one revision and never change when the department edits a later one.
 */
@Entity
@Table(name = "declaration_revision")
public class DeclarationRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    /** 1 for the first submission, then 2, 3, … */
    public int number;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    public RevisionContent content;

    public static Optional<DeclarationRevision> find(UUID declarationId, int number) {
        return find("declarationId = ?1 and number = ?2", declarationId, number).firstResultOptional();
    }
}
