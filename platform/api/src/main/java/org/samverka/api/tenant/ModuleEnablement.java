package org.samverka.api.tenant;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Which tenants have which method modules switched on. */
@ProviderType
public interface ModuleEnablement {

    boolean isEnabled(TenantKind kind, String tenantId, String moduleId);

    /** The region's municipalities, ordered by name, that have the module enabled. */
    List<Municipality> municipalitiesUsing(String regionId, String moduleId);

    /**
     * Enables the module for the tenant, as {@code PUT …/modules/{moduleId}} does; for a module
     * setting itself up, e.g. with demonstration data. Returns true when it was not enabled before.
     *
     * @since 1.1
     */
    boolean enable(TenantKind kind, String tenantId, String moduleId);
}
