package org.samverka.plugin.cocreation;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;

/** {@code …/projects/{projectId}/moves}: the path through the steps, and moving on or back. */
@Component(service = ProjectMovesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/projects/{projectId}/moves")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectMovesResource {

    private final ProjectStore projects;
    private final CallerContext caller;

    @Activate
    public ProjectMovesResource(@Reference ProjectStore projects, @Reference CallerContext caller) {
        this.projects = projects;
        this.caller = caller;
    }

    /** 200: every move, oldest first: the project's real path. */
    @GET
    public List<Project.Move> moves(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id) {
        return projects.moves(municipalityId, id);
    }

    /**
     * 201 with the move: back always; forward under {@code WARN} with the open items listed;
     * under {@code REQUIRE} 409 naming the open mandatory items unless {@code reason} (at least 10
     * characters) overrides. 400; 404; 412 when the project changed meanwhile; 428.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Project.MoveInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Project.MoveInput in = Validation.requireBody(body);
        var check = new Validation();
        check.required("to", in.to());
        String reason = check.optionalText("reason", in.reason(), 2000);
        check.throwIfInvalid();
        Project.Move move = projects.move(municipalityId, id, precondition, new Project.MoveInput(in.to(), reason), who());
        return Response.status(201).entity(move).build();
    }

    private String who() {
        return caller.current().map(Caller::tokenName).orElse(null);
    }
}
