package org.samverka.plugin.positioning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.security.Access;

/**
 * {@code /api/v1/regions/{regionId}/positioning/staircase}: the engagement staircase — people per
 * level now, movements per period, counts at the end of each period, and who is stalled.
 */
@Component(service = StaircaseResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/staircase")
@Produces(MediaType.APPLICATION_JSON)
public final class StaircaseResource {

    /** The staircase with the region's levels (and whether they are Samverka's suggestion) and the stall limit used. */
    public record View(List<Settings.Named> levels, int stalledAfterDays, Map<String, Integer> now, Map<String, Staircase.Movements> movements,
            Map<String, Map<String, Integer>> byPeriod, List<Stalled> stalled) {
    }

    /** A stalled person, named for the invitation list. */
    public record Stalled(long personId, String name, String organisation, String level, LocalDate since, long days) {
    }

    private final PeopleStore people;
    private final SettingsStore settings;

    @Activate
    public StaircaseResource(@Reference PeopleStore people, @Reference SettingsStore settings) {
        this.people = people;
        this.settings = settings;
    }

    /** 200; {@code ?period=YEAR|QUARTER} (YEAR by default), {@code ?municipality=} narrows it. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public View get(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("period") @DefaultValue("YEAR") String period,
            @QueryParam("municipality") String municipalityId) {
        if (!period.equals("YEAR") && !period.equals("QUARTER")) {
            throw ApiProblem.invalid("period", "must be YEAR or QUARTER");
        }
        return view(regionId, period.equals("QUARTER"), municipalityId);
    }

    View view(String regionId, boolean quarters, String municipalityId) {
        Settings s = settings.get(regionId);
        Staircase staircase = Staircase.of(s.levelIds(), people.steps(regionId, municipalityId).stream()
                .filter(step -> s.levelIds().contains(step.level())).toList(), LocalDate.now(), s.stalledAfterDays(), quarters);
        Map<Long, Person> byId = new java.util.HashMap<>();
        people.list(regionId, municipalityId).forEach(p -> byId.put(p.id(), p));
        List<Stalled> stalled = staircase.stalled().stream().filter(x -> byId.containsKey(x.personId())).map(x -> new Stalled(x.personId(),
                byId.get(x.personId()).name(), byId.get(x.personId()).organisation(), x.level(), x.since(), x.days())).toList();
        return new View(s.levels(), s.stalledAfterDays(), staircase.now(), staircase.movements(), staircase.byPeriod(), stalled);
    }
}
