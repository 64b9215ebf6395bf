package org.samverka.plugin.cocreation;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/**
 * {@code /api/v1/municipalities/{municipalityId}/cocreation/projects}: a municipality's co-creation
 * projects with their frame, step, checklist, open mandatory items and gaps.
 */
@Component(service = ProjectsResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectsResource {

    private final ProjectStore projects;

    @Activate
    public ProjectsResource(@Reference ProjectStore projects) {
        this.projects = projects;
    }

    /** 200: a page of the municipality's projects, oldest first. */
    @GET
    public Page<Project> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return projects.page(municipalityId, Paging.of(offset, limit));
    }

    /** 201 at step FRAME, with {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Project.Input body) {
        Project created = projects.create(municipalityId, ProjectStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/cocreation/projects/"
                + created.id()), created, created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{projectId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id) {
        Project project = projects.get(municipalityId, id);
        return VersionedResponses.ok(project, project.version());
    }

    /** 200: title, problem, arena and frame replaced (the step moves only through {@code …/moves}); 400; 404; 412; 428. */
    @PUT
    @Path("{projectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Project.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Project project = projects.replace(municipalityId, id, precondition, ProjectStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(project, project.version());
    }

    /** 204; 404; 412; 428. Its entries, checklist state and path go with it. */
    @DELETE
    @Path("{projectId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        projects.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
