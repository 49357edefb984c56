package gov.perftarget.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.security.Caller;
import gov.perftarget.indicator.domain.DeclarationState;
import io.quarkus.logging.Log;

/**
 * Which declarations' indicators a caller may see (docs/domain.md §6): a declarant only its own
 * department's, anything else answers 404 as a missing declaration does. indicator-service learns a
 * declaration's department from the first declarant who writes its indicators (the department of
 * its token) and from budget-service's {@code declaration-submitted} event, which prevails.
 */
@ApplicationScoped
public class DeclarationAccessService {

    private final Caller caller;

    public DeclarationAccessService(Caller caller) {
        this.caller = caller;
    }

    /** Before reading: the declaration must be known here and belong to a declarant's department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReadable(UUID declarationId) {
        if (!caller.scopedToDepartment()) {
            return;
        }
        if (!mayRead(DeclarationState.findById(declarationId))) {
            throw notFound(declarationId);
        }
    }

    /** Whether the caller may see the indicators of the declaration with this state (null: not known here). */
    public boolean mayRead(DeclarationState state) {
        return !caller.scopedToDepartment() || state != null && caller.mayAccess(state.departmentCode);
    }

    /**
     * Before writing the working copy: a declaration first written here is recorded as the
     * declarant's department's; one of another department answers 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireWritable(UUID declarationId) {
        if (!caller.scopedToDepartment()) {
            return;
        }
        String department = caller.departmentCode().orElseThrow(() -> notFound(declarationId));
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state == null) {
            state = new DeclarationState();
            state.declarationId = declarationId;
            state.departmentCode = department;
            state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            state.persist();
        } else if (state.departmentCode == null) {
            state.departmentCode = department;
        } else if (!caller.mayAccess(state.departmentCode)) {
            throw notFound(declarationId);
        }
    }

    /** The department as budget-service submitted it; it corrects any earlier, token-based one. */
    static void confirmDepartment(DeclarationState state, String departmentCode) {
        if (departmentCode == null) {
            return;
        }
        if (state.departmentCode != null && !state.departmentCode.equals(departmentCode)) {
            Log.warnf("Declaration %s belongs to department %s, not %s as its first writer's token said",
                    state.declarationId, departmentCode, state.departmentCode);
        }
        state.departmentCode = departmentCode;
    }

    private static ApiException notFound(UUID declarationId) {
        return ApiException.notFound("申报表", "declaration", declarationId);
    }
}
