package org.samverka.plugin.lifecycle;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/** {@code /api/v1/municipalities/{municipalityId}/lifecycle/actions}: the plan that closes the white spots. */
@Component(service = ActionsResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/actions")
@Produces(MediaType.APPLICATION_JSON)
public final class ActionsResource {

    private final ActionStore actions;

    @Activate
    public ActionsResource(@Reference ActionStore actions) {
        this.actions = actions;
    }

    /** 200: every action, overdue ones flagged. */
    @GET
    public List<CapacityAction> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        return actions.list(municipalityId);
    }

    /** 201 with Location and ETag; 400 invalid or linking another municipality's items. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, CapacityActionInput body) {
        CapacityAction action = actions.create(municipalityId, Validation.requireBody(body).validated());
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId
                + "/lifecycle/actions/" + action.id()), action, action.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{actionId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("actionId") long id) {
        CapacityAction action = actions.get(municipalityId, id);
        return VersionedResponses.ok(action, action.version());
    }

    /** 200 with the new ETag; 400; 404; 412; 428. */
    @PUT
    @Path("{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("actionId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, CapacityActionInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CapacityAction action = actions.replace(municipalityId, id, precondition, Validation.requireBody(body).validated());
        return VersionedResponses.ok(action, action.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{actionId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("actionId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        actions.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
