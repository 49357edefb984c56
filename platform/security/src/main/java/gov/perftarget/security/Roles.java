package gov.perftarget.security;

/**
 * 角色: the roles of docs/domain.md §6, as the {@code groups} (or Keycloak realm roles) of a caller's token.
 */
public final class Roles {

    /** 申报人: staff of one department; its own department's declarations only. */
    public static final String DECLARANT = "declarant";
    /** 审核人: finance bureau staff; reads every submitted declaration, grades and decides. */
    public static final String REVIEWER = "reviewer";
    /** 管理员: departments, the catalogue, the indicator library, the rule sets, the audit trail. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
