package org.samverka.plugin.cocreation;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;

/**
 * {@code /api/v1/municipalities/{municipalityId}/cocreation/people/search} and {@code …/erase}: a
 * person named as an actor in the municipality's projects, found for an export of their data or
 * erased everywhere. The name travels in the body, never in the address, so it stays out of logs.
 */
@Component(service = PeopleResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/people")
@Produces(MediaType.APPLICATION_JSON)
public final class PeopleResource {

    /** Whose data. */
    public record Person(String name) {
    }

    /** Where the person is named. */
    public record Appearance(long projectId, String projectTitle, long actorId, String organisation, String sector, String role) {
    }

    /** What the municipality's projects hold about the person. */
    public record Found(String name, List<Appearance> actors) {
    }

    /** What an erasure removed. */
    public record Erased(String name, int actorsRemoved) {
    }

    private final SchemaAccess db;

    @Activate
    public PeopleResource(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
    }

    /** 200: every actor entry naming the person (any case), with its project. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public Found search(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Person body) {
        String name = name(body);
        return new Found(name, db.transaction(tx -> tx.list(r -> new Appearance(r.number("PROJECT_ID"), r.text("TITLE"), r.number("ID"),
                r.text("TEXT_B"), r.text("CHOICE_A"), r.text("CHOICE_B")), "SELECT E.ID, E.PROJECT_ID, P.TITLE, E.TEXT_B, E.CHOICE_A, "
                + "E.CHOICE_B FROM ENTRY E JOIN PROJECT P ON P.ID = E.PROJECT_ID WHERE P.MUNICIPALITY_ID = ? AND E.KIND = 'ACTOR' "
                + "AND LOWER(E.TEXT_A) = LOWER(?) ORDER BY E.ID", municipalityId, name)));
    }

    /** 200 with how many actor entries were removed (their links go with them). */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Erased erase(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Person body) {
        String name = name(body);
        return new Erased(name, db.transaction(tx -> tx.update("DELETE FROM ENTRY WHERE KIND = 'ACTOR' AND LOWER(TEXT_A) = LOWER(?) "
                + "AND PROJECT_ID IN (SELECT ID FROM PROJECT WHERE MUNICIPALITY_ID = ?)", name, municipalityId)));
    }

    private static String name(Person body) {
        var check = new Validation();
        String name = check.requiredText("name", Validation.requireBody(body).name(), 200);
        check.throwIfInvalid();
        return name;
    }
}
