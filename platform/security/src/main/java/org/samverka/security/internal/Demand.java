package org.samverka.security.internal;

import org.samverka.api.security.Access;
import org.samverka.api.tenant.TenantKind;

/**
 * What a request needs, derived from its path and method before any resource runs.
 *
 * @param kind the path's tenant kind, null when the path names no tenant
 * @param moduleId the module the path addresses inside the tenant, or null
 */
record Demand(Need need, TenantKind kind, String tenantId, String moduleId, Access.Reach reach, boolean write) {

    /** The kinds of permission a request can need. */
    enum Need {
        /** Anyone, with or without a token. */
        PUBLIC,
        /** Any valid token. */
        AUTHENTICATED,
        /** A platform-admin or region-admin (what they see is narrowed by the resource). */
        ADMIN,
        /** A platform-admin: tenants themselves, and writes outside any tenant's path. */
        PLATFORM_ADMIN,
        /** An editor or above, whatever its scope: a write outside tenant paths a resource declared open to them. */
        EDITOR,
        /** An admin whose scope holds the tenant: module enablement. */
        TENANT_ADMIN,
        /** An editor or above whose scope holds the tenant. */
        WRITE,
        /** A viewer or above whose scope holds the tenant. */
        READ
    }

    String tenant() {
        return kind == null ? null : (kind == TenantKind.REGION ? "region:" : "municipality:") + tenantId;
    }
}
