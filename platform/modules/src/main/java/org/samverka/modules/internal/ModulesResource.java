package org.samverka.modules.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code /api/v1/modules}: the method modules installed on this platform, with their names in
 * every language they ship and in the one the caller asked for.
 */
@Component(service = ModulesResource.class)
@SamverkaResource
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final InstalledModules modules;

    @Activate
    public ModulesResource(@Reference InstalledModules modules) {
        this.modules = modules;
    }

    /**
     * 200: every installed module ordered by id, with its state; {@code displayName} in
     * {@code ?lang}, else the first language of {@code Accept-Language} the module ships, else
     * English. Content-Language lists the languages used.
     */
    @GET
    public Response list(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        List<Locale> wanted = QueryValues.languages(lang, headers);
        List<ModuleView> views = modules.all().stream().map(m -> ModuleView.of(m, wanted)).toList();
        String languages = views.stream().map(ModuleView::language).distinct().collect(Collectors.joining(", "));
        return inLanguage(Response.ok(views), languages.isEmpty() ? "en" : languages);
    }

    /** 200: one module, named as in {@link #list}; 404 when it is not installed. */
    @GET
    @Path("{moduleId}")
    public Response get(@PathParam("moduleId") String moduleId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        ModuleView view = modules.find(moduleId)
                .map(m -> ModuleView.of(m, QueryValues.languages(lang, headers)))
                .orElseThrow(() -> ApiProblem.notFound("No module '" + moduleId + "' is installed."));
        return inLanguage(Response.ok(view), view.language());
    }

    private static Response inLanguage(Response.ResponseBuilder response, String languages) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, languages).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
