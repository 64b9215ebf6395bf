package org.samverka.plugin.workshop;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.samverka.api.security.Access;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/workshop/workshops}: the region's joint workshops, for several of
 * its municipalities at once, with the same agenda, schedule, calendar and report as a
 * municipality's own. The region's editors plan them; its municipalities read them.
 */
@Component(service = RegionWorkshopsResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + WorkshopModule.ID + "/workshops")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionWorkshopsResource {

    private final WorkshopStore store;
    private final TenantDirectory tenants;

    @Activate
    public RegionWorkshopsResource(@Reference WorkshopStore store, @Reference TenantDirectory tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /** 200: a page of the region's joint workshops, oldest first. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Page<Workshop> list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return store.page(Owner.region(regionId), Paging.of(offset, limit));
    }

    /** 201 with the schedule, {@code Location} and {@code ETag}; 400 naming every bad field (a municipality not of the region too). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, WorkshopInput body) {
        Owner owner = Owner.region(regionId);
        Workshop created = store.create(owner, store.withFocusChecked(owner, WorkshopValidation.check(Validation.requireBody(body),
                store.libraryOf(owner), true, municipalitiesOf(regionId))));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/workshop/workshops/" + created.id()),
                created, created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{workshopId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("workshopId") long id) {
        Workshop workshop = store.get(Owner.region(regionId), id);
        return VersionedResponses.ok(workshop, workshop.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{workshopId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("workshopId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, WorkshopInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Owner owner = Owner.region(regionId);
        Workshop changed = store.replace(owner, id, precondition, store.withFocusChecked(owner,
                WorkshopValidation.check(Validation.requireBody(body), store.libraryOf(owner), false, municipalitiesOf(regionId))));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{workshopId}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("workshopId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.delete(Owner.region(regionId), id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200 {@code text/calendar}, as for a municipality's workshop. */
    @GET
    @Path("{workshopId}/agenda.ics")
    @Produces("text/calendar")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response calendar(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("workshopId") long id,
            @QueryParam("per") @DefaultValue("block") String per, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return Ics.response(store.get(Owner.region(regionId), id), per, WorkshopModule.LABELS.languageFor(QueryValues.languages(lang, headers)));
    }

    /** 200 {@code text/markdown} or {@code text/html}: the joint workshop's plan and agenda. */
    @GET
    @Path("{workshopId}/report")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response report(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("workshopId") long id,
            @QueryParam("format") @DefaultValue("markdown") String format, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return WorkshopReport.response(store.get(Owner.region(regionId), id), List.of(), List.of(), format,
                WorkshopModule.LABELS.languageFor(QueryValues.languages(lang, headers)));
    }

    private Set<String> municipalitiesOf(String regionId) {
        return tenants.municipalitiesOf(regionId).stream().map(Municipality::id).collect(Collectors.toSet());
    }
}
