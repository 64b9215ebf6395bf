package org.samverka.tenants.internal;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.TenantScope;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.tenant.TenantKind;

/** Listing, enabling and disabling a tenant's modules; shared by the region and municipality resources. */
@Component(service = TenantModules.class)
public final class TenantModules {

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

    /** 201 when newly enabled, 200 when it already was. */
    Response enable(TenantKind kind, String tenantId, String moduleId) {
        requireTenant(kind, tenantId);
        ModuleInfo module = installed.find(moduleId).orElseThrow(() -> ApiProblem.notFound(
                "No module '" + moduleId + "' is installed; GET /api/v1/modules lists the installed ones."));
        TenantScope needed = kind == TenantKind.REGION ? TenantScope.REGION : TenantScope.MUNICIPALITY;
        if (module.scope() != needed) {
            throw ApiProblem.conflict("Module '" + moduleId + "' keeps its data per " + module.scope().name().toLowerCase()
                    + "; enable it for a " + module.scope().name().toLowerCase() + " instead.");
        }
        boolean created = enablement.enable(kind, tenantId, moduleId);
        EnabledModule result = enablement.enabledFor(kind, tenantId).stream()
                .filter(e -> e.moduleId().equals(moduleId)).findFirst()
                .map(e -> new EnabledModule(e.moduleId(), e.enabledAt(), module.state()))
                .orElseThrow();
        return Response.status(created ? 201 : 200).entity(result).build();
    }

    /** 204 when disabled; 404 when it was not enabled. The module's data is kept. */
    Response disable(TenantKind kind, String tenantId, String moduleId) {
        requireTenant(kind, tenantId);
        if (!enablement.disable(kind, tenantId, moduleId)) {
            throw ApiProblem.notFound("Module '" + moduleId + "' is not enabled for " + describe(kind, tenantId) + ".");
        }
        return Response.noContent().build();
    }

    private void requireTenant(TenantKind kind, String tenantId) {
        boolean exists = kind == TenantKind.REGION ? tenants.region(tenantId).isPresent()
                : tenants.municipality(tenantId).isPresent();
        if (!exists) {
            throw ApiProblem.notFound("There is no " + describe(kind, tenantId) + ".");
        }
    }

    private static String describe(TenantKind kind, String tenantId) {
        return (kind == TenantKind.REGION ? "region '" : "municipality '") + tenantId + "'";
    }
}
