package org.samverka.plugin.workshop;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code /api/v1/workshop/methods} and {@code /templates}: the reference library, for anyone
 * signed in. Read-only: it ships with the plugin.
 */
@Component(service = LibraryResource.class)
@SamverkaResource
@Path(WorkshopModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class LibraryResource {

    private final MethodLibrary library;

    @Activate
    public LibraryResource(@Reference MethodLibrary library) {
        this.library = library;
    }

    /** 200: every method, in the library's order, with its texts in every language. */
    @GET
    @Path("methods")
    public List<Method> methods() {
        return library.methods();
    }

    /** 200; 404 for an id the library does not have. */
    @GET
    @Path("methods/{methodId}")
    public Method method(@PathParam("methodId") String id) {
        return library.method(id).orElseThrow(() -> ApiProblem.notFound("The library has no method '" + id + "'."));
    }

    /** 200: the templates (saved agendas) a workshop can start from. */
    @GET
    @Path("templates")
    public List<MethodLibrary.Template> templates() {
        return library.templates();
    }

    /** 200; 404 for an id there is no template of. */
    @GET
    @Path("templates/{templateId}")
    public MethodLibrary.Template template(@PathParam("templateId") String id) {
        return library.template(id).orElseThrow(() -> ApiProblem.notFound("There is no template '" + id + "'."));
    }
}
