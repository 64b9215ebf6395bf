package org.samverka.plugin.positioning;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.security.Access;

/** {@code /api/v1/regions/{regionId}/positioning/progress}: where the region stands in the four steps, and what each still lacks. */
@Component(service = ProgressResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/progress")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgressResource {

    /** A step: done when it lacks nothing; what it lacks, by code and in words. */
    public record StepProgress(String step, LocalizedText name, boolean done, List<Lack> lacks) {
    }

    /** Something a step still lacks. */
    public record Lack(String code, LocalizedText text) {
    }

    private final StrategyStore strategy;
    private final PeopleStore people;
    private final CoActionStore coaction;
    private final CommunicationStore communication;
    private final SettingsStore settings;

    @Activate
    public ProgressResource(@Reference StrategyStore strategy, @Reference PeopleStore people, @Reference CoActionStore coaction,
            @Reference CommunicationStore communication, @Reference SettingsStore settings) {
        this.strategy = strategy;
        this.people = people;
        this.coaction = coaction;
        this.communication = communication;
        this.settings = settings;
    }

    /** 200: the four steps in order. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<StepProgress> progress(@PathParam(ApiPaths.REGION_ID) String regionId) {
        List<String> criteria = settings.get(regionId).criterionIds();
        List<Strategy.Advantage> advantages = strategy.advantages(regionId);
        List<Strategy.Position> positions = strategy.positions(regionId);
        List<CoAction.Commitment> commitments = coaction.commitments(regionId, null, null);
        List<StepProgress> out = new ArrayList<>();
        out.add(step("VALUES", lacks(strategy.values(regionId).isEmpty(), "VALUES", advantages.isEmpty(), "ADVANTAGES",
                advantages.stream().anyMatch(a -> !a.scores().keySet().containsAll(criteria)), "SCORES")));
        out.add(step("POSITIONS", lacks(positions.isEmpty(), "POSITIONS", positions.stream().anyMatch(p -> p.advantageIds().isEmpty()),
                "POSITION_LINKS")));
        out.add(step("COACTION", lacks(people.list(regionId, null).isEmpty(), "PEOPLE",
                coaction.arenas(regionId).stream().allMatch(a -> a.occurrences().isEmpty()), "OCCURRENCES", commitments.isEmpty(), "COMMITMENTS",
                commitments.stream().noneMatch(c -> c.status().equals("DELIVERED")), "DELIVERED")));
        out.add(step("COMMUNICATION", lacks(communication.messages(regionId).isEmpty(), "MESSAGES", communication.issues(regionId).isEmpty(),
                "ADVOCACY")));
        return out;
    }

    private static StepProgress step(String step, List<Lack> lacks) {
        return new StepProgress(step, PositioningModule.LABELS.text("step." + step), lacks.isEmpty(), lacks);
    }

    /** Pairs of (condition, code): a lack for each condition that holds. */
    private static List<Lack> lacks(Object... pairs) {
        List<Lack> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if ((Boolean) pairs[i]) {
                out.add(new Lack((String) pairs[i + 1], PositioningModule.LABELS.text("lack." + pairs[i + 1])));
            }
        }
        return out;
    }
}
