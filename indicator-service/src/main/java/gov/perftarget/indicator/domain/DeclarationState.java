package gov.perftarget.indicator.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What indicator-service knows of a declaration's lifecycle, learnt from budget-service's events:
 * whether its indicators are locked (submitted, not yet returned) and its latest frozen revision.
 */
@Entity
@Table(name = "declaration_state")
public class DeclarationState extends PanacheEntityBase {

    @Id
    @Column(name = "declaration_id")
    public UUID declarationId;

    public boolean locked;

    @Column(name = "latest_revision")
    public int latestRevision;

    /** The working copy's version: one more with every write; a submission names the version it submits. */
    @Column(name = "working_version")
    public int workingVersion;

    /**
     * The lowest working-copy version a submission may still name: the versions before it were dropped when
     * an earlier submission was frozen.
     */
    @Column(name = "kept_from_version")
    public int keptFromVersion;

    /** The revision approved by the review (targets frozen with the budget); null until then. */
    @Column(name = "approved_revision")
    public Integer approvedRevision;

    /** The department's code, as budget-service gave it (see {@link #ownerConfirmed}). */
    @Column(name = "department_code")
    public String departmentCode;

    /** True once the department came from budget-service: its answer to a lookup, or the submission event. */
    @Column(name = "owner_confirmed")
    public boolean ownerConfirmed;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether revision {@code revision} has been frozen here (its submission has arrived). */
    public boolean hasFrozen(int revision) {
        return revision >= 1 && revision <= latestRevision;
    }

    /** Whether a submission may name working-copy version {@code version}: the current one or one kept since the last freeze. */
    public boolean keeps(int version) {
        return version >= keptFromVersion && version <= workingVersion;
    }

    public static boolean isLocked(UUID declarationId) {
        DeclarationState state = findById(declarationId);
        return state != null && state.locked;
    }
}
