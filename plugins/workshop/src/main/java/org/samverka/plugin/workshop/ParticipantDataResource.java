package org.samverka.plugin.workshop;

import java.util.List;

import jakarta.ws.rs.Consumes;
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

/**
 * {@code /api/v1/municipalities/{municipalityId}/workshop/settings} (the retention period for
 * participants' names) and {@code …/workshop/people/search} and {@code …/people/erase}: one
 * person's data across the municipality's workshops, found for an export or erased. The name
 * travels in the body, never in the address, so that it stays out of access logs.
 */
@Component(service = ParticipantDataResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + WorkshopModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class ParticipantDataResource {

    /** The retention period as a client sends it: days after a workshop's last day; {@code null} keeps names until erased. */
    public record SettingsInput(Integer retentionDays) {
    }

    /** Whose data. */
    public record Person(String name) {
    }

    /** What the municipality's workshops hold about one person. */
    public record Found(String name, List<ParticipantData.Appearance> workshops) {
    }

    private final ParticipantData data;

    @Activate
    public ParticipantDataResource(@Reference ParticipantData data) {
        this.data = data;
    }

    /** 200 with {@code ETag}: version 0 and no retention period until the municipality sets one. */
    @GET
    @Path("settings")
    public Response settings(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        ParticipantData.Settings settings = data.settings(municipalityId);
        return VersionedResponses.ok(settings, settings.version());
    }

    /** 200, the period applied at once; 400; 412 when stale ({@code If-Match: "0"} the first time); 428. */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSettings(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @HeaderParam(IfMatch.HEADER) String ifMatch, SettingsInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Integer days = Validation.requireBody(body).retentionDays();
        var check = new Validation();
        check.check(days == null || (days >= 0 && days <= 3650), "retentionDays",
                "must be 0 to 3650 days after a workshop's last day, or null to keep names until erased");
        check.throwIfInvalid();
        ParticipantData.Settings settings = data.changeSettings(municipalityId, precondition, days);
        return VersionedResponses.ok(settings, settings.version());
    }

    /** 200: every workshop naming the person, with their roles and what is kept; for an export of their data. */
    @POST
    @Path("people/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public Found search(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Person body) {
        String name = name(body);
        return new Found(name, data.find(Owner.municipality(municipalityId), name));
    }

    /** 200 with what was erased: the person's seats as participant and their name as facilitator or decider, in every workshop. */
    @POST
    @Path("people/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantData.Erased erase(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Person body) {
        return data.erase(Owner.municipality(municipalityId), name(body));
    }

    static String name(Person body) {
        var check = new Validation();
        String name = check.requiredText("name", Validation.requireBody(body).name(), 200);
        check.throwIfInvalid();
        return name;
    }
}
