package org.samverka.tenants.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantKind;

/** Which tenants use which modules, kept in the platform schema beside the tenants themselves. */
@Component(service = {ModuleEnablement.class, EnablementStore.class})
public final class EnablementStore implements ModuleEnablement {

    private final TenantStore tenants;

    @Activate
    public EnablementStore(@Reference TenantStore tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean isEnabled(TenantKind kind, String tenantId, String moduleId) {
        return tenants.snapshot().isEnabled(kind, tenantId, moduleId);
    }

    @Override
    public List<Municipality> municipalitiesUsing(String regionId, String moduleId) {
        return tenants.snapshot().municipalitiesUsing(regionId, moduleId);
    }

    /** The modules the tenant uses, by module id, with when each was enabled (state left empty). */
    List<EnabledModule> enabledFor(TenantKind kind, String tenantId) {
        return tenants.snapshot().enabledFor(kind, tenantId);
    }

    /**
     * Holds the tenant's row lock while it inserts, so that the tenant cannot be deleted under the
     * new enablement; two requests enabling at once get one true and one false, never an error.
     */
    @Override
    public boolean enable(TenantKind kind, String tenantId, String moduleId) {
        try {
            return tenants.write(tx -> {
                TenantStore.lockTenant(tx, kind, tenantId);
                return tx.update("INSERT INTO MODULE_ENABLEMENT (TENANT_KIND, TENANT_ID, MODULE_ID, ENABLED_AT) "
                        + "SELECT ?, ?, ?, ? FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM MODULE_ENABLEMENT "
                        + "WHERE TENANT_KIND = ? AND TENANT_ID = ? AND MODULE_ID = ?)",
                        kind, tenantId, moduleId, Instant.now(), kind, tenantId, moduleId) == 1;
            });
        } catch (DuplicateKeyException enabledAtTheSameMoment) {
            return false;
        }
    }

    /** Disables the module; its data stays where the module keeps it. Returns true when it was enabled. */
    boolean disable(TenantKind kind, String tenantId, String moduleId) {
        return tenants.write(tx -> tx.update("DELETE FROM MODULE_ENABLEMENT WHERE TENANT_KIND = ? AND TENANT_ID = ? "
                + "AND MODULE_ID = ?", kind, tenantId, moduleId) == 1);
    }
}
