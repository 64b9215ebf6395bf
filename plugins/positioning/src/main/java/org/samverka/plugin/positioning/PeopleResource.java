package org.samverka.plugin.positioning;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/** {@code /api/v1/regions/{regionId}/positioning/people}: the people of co-action, their staircase levels, and one person's data found or erased. The region's municipalities add and read them. */
@Component(service = PeopleResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/people")
@Produces(MediaType.APPLICATION_JSON)
public final class PeopleResource {

    private final PeopleStore people;
    private final SettingsStore settings;

    @Activate
    public PeopleResource(@Reference PeopleStore people, @Reference SettingsStore settings) {
        this.people = people;
        this.settings = settings;
    }

    /** 200. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Object list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("municipality") String municipalityId) {
        return new Person.Listing(Person.PURPOSE, people.list(regionId, municipalityId));
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, Person.Input body) {
        Person created = people.create(regionId, people.check(regionId, Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/people/" + created.id()), created,
                created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id) {
        Person found = people.get(regionId, id);
        return VersionedResponses.ok(found, found.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Person.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Person changed = people.replace(regionId, id, precondition, people.check(regionId, Validation.requireBody(body)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        people.delete(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 201 with the person: a step on the staircase from {@code since} (today when left out); 400 for a level the region does not have. */
    @POST
    @Path("{id}/levels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response addLevel(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id, Person.LevelInput body) {
        return Response.status(201).entity(people.addLevel(regionId, id, Validation.requireBody(body), settings.get(regionId))).build();
    }

    /** What is kept about one person (any case), for an export of their data. */
    public record Found(String name, String purpose, List<Person> people) {
    }

    /** Whose data. */
    public record Name(String name) {
    }

    /** 200: every person of this name in the region, with levels; the name goes in the body, never the address. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public Found search(@PathParam(ApiPaths.REGION_ID) String regionId, Name body) {
        String name = name(body);
        return new Found(name, Person.PURPOSE, people.named(regionId, name));
    }

    /** 200 with how many were erased: the person, their levels, hosting, participation and commitments. */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> erase(@PathParam(ApiPaths.REGION_ID) String regionId, Name body) {
        String name = name(body);
        List<Person> found = people.named(regionId, name);
        for (Person p : found) {
            people.delete(regionId, p.id(), org.samverka.api.storage.ExpectedVersion.exactly(p.version()));
        }
        return java.util.Map.of("name", name, "peopleErased", found.size());
    }

    private static String name(Name body) {
        var check = new Validation();
        String name = check.requiredText("name", Validation.requireBody(body).name(), 200);
        check.throwIfInvalid();
        return name;
    }
}
