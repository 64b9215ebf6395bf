package org.samverka.tenants.internal;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.tenant.TenantKind;

/** {@code /api/v1/regions/{id}/modules}: the modules a region uses. */
@Component(service = RegionModulesResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionModulesResource {

    private final TenantModules modules;

    @Activate
    public RegionModulesResource(@Reference TenantModules modules) {
        this.modules = modules;
    }

    /** 200: the enabled modules with their current state; 404 no such region. */
    @GET
    public List<EnabledModule> list(@PathParam(ApiPaths.REGION_ID) String id) {
        return modules.list(TenantKind.REGION, id);
    }

    /** 201 enabled, 200 already enabled; 404 no such region or module; 409 module of the other scope. */
    @PUT
    @Path("{moduleId}")
    public Response enable(@PathParam(ApiPaths.REGION_ID) String id, @PathParam("moduleId") String moduleId) {
        TenantModules.Enabled enabled = modules.enable(TenantKind.REGION, id, moduleId);
        return Response.status(enabled.newly() ? 201 : 200).entity(enabled.module()).build();
    }

    /** 204 disabled (data kept); 404 not enabled or no such region. */
    @DELETE
    @Path("{moduleId}")
    public Response disable(@PathParam(ApiPaths.REGION_ID) String id, @PathParam("moduleId") String moduleId) {
        modules.disable(TenantKind.REGION, id, moduleId);
        return Response.noContent().build();
    }
}
