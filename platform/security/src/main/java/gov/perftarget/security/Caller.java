package gov.perftarget.security;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * 当前调用者: who calls the current request, as its verified bearer token says, and what of the
 * departments' data they may see. A declarant who is neither reviewer nor admin sees only its own
 * department's data; everything else answers 404, so that ids of other departments cannot be probed.
 * One instance serves all requests (the identity is the current request's, through its proxy), so that
 * its configuration is read once, not on every request.
 */
@ApplicationScoped
public class Caller {

    /** Who acts when no one is authenticated (health checks, API documents). */
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;
    private final String departmentClaim;

    public Caller(SecurityIdentity identity, SecurityConfig config) {
        this.identity = identity;
        this.departmentClaim = config.departmentClaim();
    }

    /**
     * The token's subject ({@code sub}), or {@value #ANONYMOUS}: the identity provider's stable id of the user, which
     * the audit trail and idempotency keys hold (not the principal name, which Keycloak gives as the user's
     * renamable {@code preferred_username}).
     */
    public String name() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    /** True when the caller may only see its own department's data (a declarant, nothing more). */
    public boolean scopedToDepartment() {
        return identity.hasRole(Roles.DECLARANT) && !identity.hasRole(Roles.REVIEWER) && !identity.hasRole(Roles.ADMIN);
    }

    /**
     * True when the caller reads only what departments submitted (a reviewer who is neither admin nor
     * declarant): drafts never submitted stay with their department.
     */
    public boolean seesOnlySubmitted() {
        return identity.hasRole(Roles.REVIEWER) && !identity.hasRole(Roles.ADMIN) && !identity.hasRole(Roles.DECLARANT);
    }

    /** The caller's bearer token as it came, to call another service on the caller's behalf. */
    public Optional<String> bearerToken() {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.ofNullable(token.getRawToken())
                : Optional.empty();
    }

    /** The department code of the caller's token (its department claim), if it has one. */
    public Optional<String> departmentCode() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(departmentClaim);
            return claim == null ? Optional.empty() : Optional.of(claimText(claim));
        }
        return Optional.empty();
    }

    /** A claim's text: a JSON string claim is its value, not its quoted JSON. */
    static String claimText(Object claim) {
        return claim instanceof JsonString text ? text.getString() : String.valueOf(claim);
    }

    /**
     * The one department whose data a list may show this caller, for a declarant; null for a caller
     * who sees every department. A declarant without a department claim sees none ("", no code).
     */
    public String visibleDepartment() {
        return scopedToDepartment() ? departmentCode().orElse("") : null;
    }

    /**
     * The department code a list filters by: the one asked for, within what the caller may see;
     * a declarant asking for another department's data gets a filter that matches nothing.
     */
    public String departmentFilter(String requested) {
        String visible = visibleDepartment();
        if (visible == null || requested == null || requested.equals(visible)) {
            return visible == null ? requested : visible;
        }
        return "";
    }

    /** May the caller see the data of the department with this code? */
    public boolean mayAccess(String departmentCode) {
        return !scopedToDepartment() || (departmentCode != null && Objects.equals(departmentCode().orElse(null), departmentCode));
    }
}
