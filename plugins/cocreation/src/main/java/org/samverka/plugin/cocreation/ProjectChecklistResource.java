package org.samverka.plugin.cocreation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;

/** {@code …/projects/{projectId}/checklist/{itemId}}: ticking an item of the checklist done, or not. */
@Component(service = ProjectChecklistResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/projects/{projectId}/checklist")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectChecklistResource {

    /** Whether an item is done. */
    public record Done(Boolean done) {
    }

    private final ProjectStore projects;
    private final CallerContext caller;

    @Activate
    public ProjectChecklistResource(@Reference ProjectStore projects, @Reference CallerContext caller) {
        this.projects = projects;
        this.caller = caller;
    }

    /** 200 with the project: the item ticked done ({@code {"done":true}}) or not; the same answer twice changes nothing; 404. */
    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Project check(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id,
            @PathParam("itemId") String itemId, Done body) {
        Boolean done = Validation.requireBody(body).done();
        if (done == null) {
            throw ApiProblem.invalid("done", "is required: true or false");
        }
        return projects.check(municipalityId, id, itemId, done, who());
    }

    private String who() {
        return caller.current().map(Caller::tokenName).orElse(null);
    }
}
