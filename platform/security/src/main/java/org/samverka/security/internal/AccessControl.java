package org.samverka.security.internal;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleState;
import org.samverka.api.module.TenantScope;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.security.Access;
import org.samverka.api.security.Caller;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;

/**
 * Puts a guard in front of every resource method of every bundle, platform or plugin: the
 * caller's role and scope must allow the request (403, and a refused write is audited), then the path's tenant must exist and
 * use the module it addresses (404). Only then does the resource run. A write request also
 * prepares its audit entry here.
 */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName("samverka.access-control")
public final class AccessControl implements DynamicFeature {

    private final RequestScope scope;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final InstalledModules modules;
    private final RefusedWrites refusedWrites;

    @Activate
    public AccessControl(@Reference RequestScope scope, @Reference TenantDirectory tenants,
            @Reference ModuleEnablement enablement, @Reference InstalledModules modules,
            @Reference RefusedWrites refusedWrites) {
        this.scope = scope;
        this.tenants = tenants;
        this.enablement = enablement;
        this.modules = modules;
        this.refusedWrites = refusedWrites;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new Guard(declaredAccess(resource.getResourceClass(), resource.getResourceMethod())),
                Priorities.AUTHORIZATION);
    }

    /**
     * The method's or its class's {@link Access}, searched up the class hierarchy: the REST
     * whiteboard may serve a generated subclass of the resource, and Java does not inherit
     * method annotations.
     */
    static Access declaredAccess(Class<?> type, java.lang.reflect.Method method) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Access onMethod = c.getDeclaredMethod(method.getName(), method.getParameterTypes()).getAnnotation(Access.class);
                if (onMethod != null) {
                    return onMethod;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look further up
            }
            Access onClass = c.getAnnotation(Access.class);
            if (onClass != null) {
                return onClass;
            }
        }
        return method.getAnnotation(Access.class);
    }

    /** The guard of one resource method, knowing what that method declared. */
    private final class Guard implements ContainerRequestFilter {
        private final Access access;

        Guard(Access access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            Demand demand = AccessPolicy.demandOf(request.getMethod(), path, access);
            Caller caller = scope.current().orElse(null);
            String apiPath = "/api/v1/" + path.replaceAll("^/", "");
            if (!AccessPolicy.allows(caller, demand, id -> tenants.municipality(id).map(m -> m.regionId()))) {
                if (demand.write() && caller != null) {
                    refusedWrites.record(caller, request.getMethod(), apiPath);
                }
                throw ApiProblem.forbidden(caller == null ? "This request needs a token."
                        : "A token with role " + caller.role().id() + " for " + caller.scope() + " may not "
                                + (demand.write() ? "change" : "read") + " this resource.");
            }
            if (demand.moduleId() != null) {
                checkModule(demand);
            }
            if (demand.write() && caller != null) {
                String tenant = demand.tenant() != null ? demand.tenant()
                        : caller.scope().isPlatform() ? null : caller.scope().toString();
                scope.expectWrite(new PendingAudit(caller, request.getMethod(), apiPath,
                        tenant, "POST".equals(request.getMethod()) ? null : lastSegment(path)));
            }
        }
    }

    private void checkModule(Demand demand) {
        String tenant = (demand.kind() == TenantKind.REGION ? "region '" : "municipality '") + demand.tenantId() + "'";
        boolean exists = demand.kind() == TenantKind.REGION
                ? tenants.region(demand.tenantId()).isPresent()
                : tenants.municipality(demand.tenantId()).isPresent();
        if (!exists) {
            throw ApiProblem.notFound("There is no " + tenant + ".");
        }
        var module = modules.find(demand.moduleId());
        if (module.isEmpty()) {
            throw ApiProblem.notFound("No module '" + demand.moduleId() + "' is installed.");
        }
        if (module.get().state() != ModuleState.ACTIVE) {
            throw new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", "Module '" + demand.moduleId()
                    + "' is installed but not serving right now (it is being started, replaced or was stopped); its data "
                    + "is kept. Try again in a moment.", java.util.List.of()).withHeader("Retry-After", "1");
        }
        boolean enabled = enablement.isEnabled(demand.kind(), demand.tenantId(), demand.moduleId())
                || (demand.kind() == TenantKind.REGION
                        && !enablement.municipalitiesUsing(demand.tenantId(), demand.moduleId()).isEmpty());
        if (!enabled) {
            throw ApiProblem.notFound(notEnabled(demand, tenant, module.get().scope()));
        }
    }

    /**
     * What to do about a module a tenant does not use. A region's path of a municipality module
     * shows the region's municipalities side by side: it opens once one of them uses the module,
     * and the region itself cannot enable it (that answers 409).
     */
    private static String notEnabled(Demand demand, String tenant, TenantScope scope) {
        String module = "Module '" + demand.moduleId() + "'";
        if (demand.kind() == TenantKind.REGION && scope == TenantScope.MUNICIPALITY) {
            return module + " is used by municipalities, and none of " + tenant + "'s municipalities uses it yet; "
                    + "enable it for a municipality with PUT /api/v1/municipalities/{municipalityId}/modules/"
                    + demand.moduleId() + ", and the region sees it here.";
        }
        return module + " is not enabled for " + tenant + "; enable it with PUT /api/v1/" + demand.kind().pathSegment()
                + "/" + demand.tenantId() + "/modules/" + demand.moduleId() + ".";
    }

    /** The entity a PUT or DELETE changes; a POST's new entity is named by its Location later. */
    private static String lastSegment(String path) {
        String trimmed = path.replaceAll("^/|/$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
