package gov.perftarget.indicator.service;

import static gov.perftarget.indicator.Messages.MESSAGES;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.CallerScopedCall;
import gov.perftarget.api.ProblemType;
import gov.perftarget.indicator.client.BudgetServiceClient;
import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.security.Caller;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Which declarations' indicators a caller may read and write (docs/domain.md §6). budget-service issues
 * declarations and is the authority on who owns one: a declaration indicator-service has not heard of
 * from budget-service is looked up there, with the caller's own token, before anything is read or
 * written, and an id budget-service does not show this caller answers 404 as a missing one does. What
 * budget-service said (and what its {@code declaration-submitted} event says) is kept, so that the
 * lookup happens once per declaration. Then a declarant sees only its own department's declarations,
 * and a reviewer only declarations submitted at least once.
 * <p>A write checks access before its transaction begins (the resources call {@link #requireWritable} first):
 * a lookup inside it would hold a database connection while waiting for budget-service, and budget-service's
 * submit waits for this service in turn, so under load both pools emptied into each other.
 */
@ApplicationScoped
public class DeclarationAccessService {

    private final Caller caller;
    private final BudgetServiceClient budgetService;

    public DeclarationAccessService(Caller caller, @RestClient BudgetServiceClient budgetService) {
        this.caller = caller;
        this.budgetService = budgetService;
    }

    /** Before reading a declaration's indicators or values: 404 unless the caller may see it. */
    public void requireReadable(UUID declarationId) {
        if (!mayRead(known(declarationId))) {
            throw notFound(declarationId);
        }
    }

    /** Whether the caller may see the indicators of the declaration with this state (null: not known here). */
    public boolean mayRead(DeclarationState state) {
        if (state == null) {
            return false;
        }
        if (caller.scopedToDepartment()) {
            return caller.mayAccess(state.departmentCode);
        }
        return !caller.seesOnlySubmitted() || state.latestRevision >= 1;
    }

    /** Before writing a declaration's working copy or its values: 404 unless it is the caller's department's. */
    public void requireWritable(UUID declarationId) {
        DeclarationState state = known(declarationId);
        if (caller.scopedToDepartment() && !caller.mayAccess(state.departmentCode)) {
            throw notFound(declarationId);
        }
    }

    /** The department as budget-service submitted it (the event): it confirms or corrects what is known. */
    static void confirmDepartment(DeclarationState state, String departmentCode) {
        if (departmentCode == null) {
            return;
        }
        if (state.departmentCode != null && !state.departmentCode.equals(departmentCode)) {
            Log.warnf("Declaration %s belongs to department %s, not %s as recorded before",
                    state.declarationId, departmentCode, state.departmentCode);
        }
        state.departmentCode = departmentCode;
        state.ownerConfirmed = true;
    }

    /** The declaration's state with its department confirmed by budget-service, looked up there if need be. */
    private DeclarationState known(UUID declarationId) {
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state != null && state.ownerConfirmed) {
            return state;
        }
        BudgetServiceClient.DeclarationOwner owner = lookUp(declarationId);
        if (owner.departmentCode() == null || !declarationId.equals(owner.id())) {
            throw notFound(declarationId);
        }
        // in a transaction of its own: a read has none, and the first two requests may race
        QuarkusTransaction.requiringNew().run(() -> DeclarationState.getEntityManager().createNativeQuery("""
                INSERT INTO declaration_state (declaration_id, locked, latest_revision, department_code, owner_confirmed, updated_at)
                VALUES (?1, false, 0, ?2, true, now())
                ON CONFLICT (declaration_id) DO UPDATE SET department_code = EXCLUDED.department_code, owner_confirmed = true
                """).setParameter(1, declarationId).setParameter(2, owner.departmentCode()).executeUpdate());
        if (state != null) {
            DeclarationState.getEntityManager().refresh(state);
            return state;
        }
        return DeclarationState.findById(declarationId);
    }

    private BudgetServiceClient.DeclarationOwner lookUp(UUID declarationId) {
        String token = caller.bearerToken().orElseThrow(() -> notFound(declarationId));
        return CallerScopedCall.read(() -> budgetService.declaration("Bearer " + token, declarationId),
                () -> notFound(declarationId), () -> new ApiException(ProblemType.BUDGET_SERVICE_UNAVAILABLE,
                        MESSAGES.text("problem.budget-service-unavailable"), List.of()));
    }

    private static ApiException notFound(UUID declarationId) {
        return ApiException.notFound(MESSAGES.text("resource.declaration"), declarationId);
    }
}
