package org.samverka.modules.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleState;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;

/**
 * Lets a request reach a module's tenant-scoped resource only when the tenant exists, the module
 * is installed and serving, and the tenant uses it; otherwise 404 before any plugin code runs.
 * A region path is open when the region or any of its municipalities uses the module, since
 * region views compare the municipalities that do.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("samverka.module.gate")
@PreMatching
public final class ModuleGate implements ContainerRequestFilter {

    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final InstalledModules modules;

    @Activate
    public ModuleGate(@Reference TenantDirectory tenants, @Reference ModuleEnablement enablement,
            @Reference InstalledModules modules) {
        this.tenants = tenants;
        this.enablement = enablement;
        this.modules = modules;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        TenantPath.parse(request.getUriInfo().getPath()).ifPresent(this::check);
    }

    void check(TenantPath path) {
        String tenant = (path.kind() == TenantKind.REGION ? "region '" : "municipality '") + path.tenantId() + "'";
        boolean tenantExists = path.kind() == TenantKind.REGION
                ? tenants.region(path.tenantId()).isPresent()
                : tenants.municipality(path.tenantId()).isPresent();
        if (!tenantExists) {
            throw ApiProblem.notFound("There is no " + tenant + ".");
        }
        var module = modules.find(path.moduleId());
        if (module.isEmpty()) {
            throw ApiProblem.notFound("No module '" + path.moduleId() + "' is installed.");
        }
        if (module.get().state() != ModuleState.ACTIVE) {
            throw ApiProblem.notFound("Module '" + path.moduleId() + "' is installed but not running; its data is kept.");
        }
        if (!enabled(path)) {
            throw ApiProblem.notFound("Module '" + path.moduleId() + "' is not enabled for " + tenant
                    + "; enable it with PUT .../" + path.kind().pathSegment() + "/" + path.tenantId() + "/modules/"
                    + path.moduleId() + ".");
        }
    }

    private boolean enabled(TenantPath path) {
        if (enablement.isEnabled(path.kind(), path.tenantId(), path.moduleId())) {
            return true;
        }
        return path.kind() == TenantKind.REGION
                && !enablement.municipalitiesUsing(path.tenantId(), path.moduleId()).isEmpty();
    }
}
