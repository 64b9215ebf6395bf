package org.samverka.plugin.workshop;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/**
 * {@code /api/v1/municipalities/{municipalityId}/workshop/workshops}: a municipality's workshops
 * with their computed agenda, and the agenda as iCalendar. The platform has already answered 404
 * when the municipality does not exist or does not use the module.
 */
@Component(service = WorkshopsResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + WorkshopModule.ID + "/workshops")
@Produces(MediaType.APPLICATION_JSON)
public final class WorkshopsResource {

    private final WorkshopStore store;

    @Activate
    public WorkshopsResource(@Reference WorkshopStore store) {
        this.store = store;
    }

    /** 200: a page of the municipality's workshops, oldest first. */
    @GET
    public Page<Workshop> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return store.page(Owner.municipality(municipalityId), Paging.of(offset, limit));
    }

    /** 201 with the schedule, {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, WorkshopInput body) {
        Owner owner = Owner.municipality(municipalityId);
        Workshop created = store.create(owner, store.withFocusChecked(owner,
                WorkshopValidation.check(Validation.requireBody(body), store.libraryOf(owner), true, null)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/workshop/workshops/"
                + created.id()), created, created.version());
    }

    /** 200 with the schedule and {@code ETag}; 404. */
    @GET
    @Path("{workshopId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long id) {
        Workshop workshop = store.get(municipalityId, id);
        return VersionedResponses.ok(workshop, workshop.version());
    }

    /**
     * 200: the whole workshop replaced, its schedule computed again (moving a block to another day
     * is a change of {@code days}); 400; 404; 412 when stale; 428 without {@code If-Match}.
     */
    @PUT
    @Path("{workshopId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, WorkshopInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Owner owner = Owner.municipality(municipalityId);
        Workshop changed = store.replace(owner, id, precondition,
                store.withFocusChecked(owner,
                WorkshopValidation.check(Validation.requireBody(body), store.libraryOf(owner), false, null)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{workshopId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.delete(Owner.municipality(municipalityId), id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /**
     * 200 {@code text/calendar}: the agenda, one event per block ({@code ?per=block}, the default)
     * or per day ({@code ?per=day}), in {@code ?lang} (else {@code Accept-Language}, else English).
     */
    @GET
    @Path("{workshopId}/agenda.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long id,
            @QueryParam("per") @DefaultValue("block") String per, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return Ics.response(store.get(municipalityId, id), per, WorkshopModule.LABELS.languageFor(QueryValues.languages(lang, headers)));
    }
}
