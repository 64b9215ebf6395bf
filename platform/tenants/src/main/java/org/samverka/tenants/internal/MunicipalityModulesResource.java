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

/** {@code /api/v1/municipalities/{id}/modules}: the modules a municipality uses. */
@Component(service = MunicipalityModulesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class MunicipalityModulesResource {

    private final TenantModules modules;

    @Activate
    public MunicipalityModulesResource(@Reference TenantModules modules) {
        this.modules = modules;
    }

    /** 200: the enabled modules with their current state; 404 no such municipality. */
    @GET
    public List<EnabledModule> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String id) {
        return modules.list(TenantKind.MUNICIPALITY, id);
    }

    /** 201 enabled, 200 already enabled; 404 no such municipality or module; 409 module of the other scope. */
    @PUT
    @Path("{moduleId}")
    public Response enable(@PathParam(ApiPaths.MUNICIPALITY_ID) String id, @PathParam("moduleId") String moduleId) {
        TenantModules.Enabled enabled = modules.enable(TenantKind.MUNICIPALITY, id, moduleId);
        return Response.status(enabled.newly() ? 201 : 200).entity(enabled.module()).build();
    }

    /** 204 disabled (data kept); 404 not enabled or no such municipality. */
    @DELETE
    @Path("{moduleId}")
    public Response disable(@PathParam(ApiPaths.MUNICIPALITY_ID) String id, @PathParam("moduleId") String moduleId) {
        modules.disable(TenantKind.MUNICIPALITY, id, moduleId);
        return Response.noContent().build();
    }
}
