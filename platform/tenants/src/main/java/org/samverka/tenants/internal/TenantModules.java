package org.samverka.tenants.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.TenantScope;
import org.samverka.api.storage.ConflictException;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.tenant.TenantKind;

/** Listing, enabling and disabling a tenant's modules; shared by the region and municipality resources. */
@Component(service = TenantModules.class)
public final class TenantModules {

    /** A module enabled for a tenant, and whether this request enabled it. */
    record Enabled(EnabledModule module, boolean newly) {
    }

    private final TenantStore tenants;
    private final EnablementStore enablement;
    private final InstalledModules installed;

    @Activate
    public TenantModules(@Reference TenantStore tenants, @Reference EnablementStore enablement,
            @Reference InstalledModules installed) {
        this.tenants = tenants;
        this.enablement = enablement;
        this.installed = installed;
    }

    List<EnabledModule> list(TenantKind kind, String tenantId) {
        requireTenant(kind, tenantId);
        return enablement.enabledFor(kind, tenantId).stream()
                .map(e -> new EnabledModule(e.moduleId(), e.enabledAt(),
                        installed.find(e.moduleId()).map(ModuleInfo::state).orElse(null)))
                .toList();
    }

    /** @throws RowNotFoundException no such tenant or module; ConflictException a module of the other scope */
    Enabled enable(TenantKind kind, String tenantId, String moduleId) {
        requireTenant(kind, tenantId);
        ModuleInfo module = installed.find(moduleId).orElseThrow(() -> new RowNotFoundException(
                "installed module '" + moduleId + "'; GET /api/v1/modules lists the installed ones"));
        TenantScope needed = kind == TenantKind.REGION ? TenantScope.REGION : TenantScope.MUNICIPALITY;
        if (module.scope() != needed) {
            String scope = module.scope().name().toLowerCase(Locale.ROOT);
            throw new ConflictException("Module '" + moduleId + "' keeps its data per " + scope + "; enable it for a "
                    + scope + " instead.");
        }
        boolean newly = enablement.enable(kind, tenantId, moduleId);
        EnabledModule result = enablement.enabledFor(kind, tenantId).stream()
                .filter(e -> e.moduleId().equals(moduleId)).findFirst()
                .map(e -> new EnabledModule(e.moduleId(), e.enabledAt(), module.state()))
                .orElseThrow();
        return new Enabled(result, newly);
    }

    /** The module's data is kept. @throws RowNotFoundException when it was not enabled */
    void disable(TenantKind kind, String tenantId, String moduleId) {
        requireTenant(kind, tenantId);
        if (!enablement.disable(kind, tenantId, moduleId)) {
            throw new RowNotFoundException("enablement of module '" + moduleId + "' for " + describe(kind, tenantId));
        }
    }

    private void requireTenant(TenantKind kind, String tenantId) {
        boolean exists = kind == TenantKind.REGION ? tenants.region(tenantId).isPresent()
                : tenants.municipality(tenantId).isPresent();
        if (!exists) {
            throw new RowNotFoundException(describe(kind, tenantId));
        }
    }

    private static String describe(TenantKind kind, String tenantId) {
        return (kind == TenantKind.REGION ? "region '" : "municipality '") + tenantId + "'";
    }
}
