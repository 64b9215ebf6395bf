package org.samverka.modules.internal;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.rest.ApiProblem;

/** {@code /api/v1/modules}: the method modules installed on this platform. */
@Component(service = ModulesResource.class)
@JakartarsResource
@JSONRequired
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final InstalledModules modules;

    @Activate
    public ModulesResource(@Reference InstalledModules modules) {
        this.modules = modules;
    }

    /** 200: every installed module ordered by id, with its state. */
    @GET
    public List<ModuleInfo> list() {
        return modules.all();
    }

    /** 200: one module; 404 when it is not installed. */
    @GET
    @Path("{moduleId}")
    public ModuleInfo get(@PathParam("moduleId") String moduleId) {
        return modules.find(moduleId).orElseThrow(() -> ApiProblem.notFound("No module '" + moduleId + "' is installed."));
    }
}
