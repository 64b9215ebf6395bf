package org.samverka.api.tenant;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a region or municipality has been deleted, after the deletion committed. Register
 * one as a service to let go of what belonged to the tenant: the platform revokes the tokens
 * scoped to it this way. Its id is never given to another tenant, so data kept under it stays
 * unreachable rather than passing to a newcomer.
 *
 * @since 1.2
 */
@ConsumerType
public interface TenantRemovalListener {

    /** Called once per deletion; must not throw, and should return quickly. */
    void removed(TenantKind kind, String tenantId);
}
