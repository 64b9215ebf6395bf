package org.samverka.plugin.positioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.security.Access;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;

/**
 * {@code /api/v1/regions/{regionId}/positioning/ability}: co-action ability — a short recurring
 * self-assessment of the region's people on five statements (Samverka's suggestion), each 1–5, and
 * an index from 0 to 100 per period ((mean − 1) / 4 · 100). The region's municipalities send theirs.
 */
@Component(service = AbilityResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/ability")
@Produces(MediaType.APPLICATION_JSON)
public final class AbilityResource {

    static final List<String> ITEMS = List.of("CONTACTS", "SHARING", "JOINT", "MANDATE", "FOLLOW_UP");

    /** A statement of the self-assessment. */
    public record Item(String id, LocalizedText text, boolean suggestion) {
    }

    /** The index of a period: how many answered, the mean per statement, and the index. */
    public record Period(String period, int people, Map<String, Double> meanByItem, Double index) {
    }

    /** The statements and the index over time. */
    public record Overview(List<Item> items, List<Period> periods) {
    }

    /** One person's assessment in a period: a score 1–5 per statement. */
    public record Input(Long personId, String period, Map<String, Integer> answers) {
    }

    private final SchemaAccess db;

    @Activate
    public AbilityResource(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
    }

    /** 200: the statements and, per period, the index; {@code ?municipality=} narrows it to that municipality's people. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Overview overview(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("municipality") String municipalityId) {
        record Answer(String period, long person, String item, int score) {
        }
        List<Answer> answers = db.transaction(tx -> tx.list(r -> new Answer(r.text("PERIOD"), r.number("PERSON_ID"), r.text("ITEM"),
                r.integer("SCORE")), "SELECT A.* FROM ABILITY_ANSWER A JOIN PERSON P ON P.ID = A.PERSON_ID WHERE A.REGION_ID = ?"
                + (municipalityId == null ? "" : " AND P.MUNICIPALITY_ID = ?") + " ORDER BY A.PERIOD, A.ID",
                municipalityId == null ? new Object[] {regionId} : new Object[] {regionId, municipalityId}));
        Map<String, List<Answer>> byPeriod = new TreeMap<>();
        answers.forEach(a -> byPeriod.computeIfAbsent(a.period(), p -> new ArrayList<>()).add(a));
        List<Period> periods = new ArrayList<>();
        for (var p : byPeriod.entrySet()) {
            Map<String, Double> means = new LinkedHashMap<>();
            for (String item : ITEMS) {
                p.getValue().stream().filter(a -> a.item().equals(item)).mapToInt(Answer::score).average()
                        .ifPresent(mean -> means.put(item, StrategyStore.round(mean)));
            }
            double mean = p.getValue().stream().mapToInt(Answer::score).average().orElse(1);
            periods.add(new Period(p.getKey(), (int) p.getValue().stream().map(Answer::person).distinct().count(), means,
                    StrategyStore.round((mean - 1) / 4 * 100)));
        }
        List<Item> items = ITEMS.stream().map(i -> new Item(i, PositioningModule.LABELS.text("ability." + i), true)).toList();
        return new Overview(items, periods);
    }

    /** 201: a person's answers for a period (answering again in the same period replaces them); 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response answer(@PathParam(ApiPaths.REGION_ID) String regionId, Input body) {
        Input in = Validation.requireBody(body);
        var check = new Validation();
        check.required("personId", in.personId());
        check.check(in.period() != null && in.period().matches("(19|20|21)\\d\\d(-Q[1-4])?"), "period", "must be a year such as 2026 or a "
                + "quarter such as 2026-Q2");
        check.check(in.answers() != null && !in.answers().isEmpty(), "answers", "a score 1–5 for one or more of " + ITEMS);
        if (in.answers() != null) {
            for (var a : in.answers().entrySet()) {
                check.check(ITEMS.contains(a.getKey()), "answers." + a.getKey(), "is not one of " + ITEMS);
                check.check(a.getValue() != null && a.getValue() >= 1 && a.getValue() <= 5, "answers." + a.getKey(), "must be 1 to 5");
            }
        }
        check.throwIfInvalid();
        db.transaction(tx -> {
            if (tx.number("SELECT COUNT(*) FROM PERSON WHERE REGION_ID = ? AND ID = ?", regionId, in.personId()) == 0) {
                throw ApiProblem.invalid("personId", "names no person of region '" + regionId + "'");
            }
            tx.update("DELETE FROM ABILITY_ANSWER WHERE PERSON_ID = ? AND PERIOD = ?", in.personId(), in.period());
            for (var a : in.answers().entrySet()) {
                tx.update("INSERT INTO ABILITY_ANSWER (REGION_ID, PERSON_ID, PERIOD, ITEM, SCORE, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)", regionId,
                        in.personId(), in.period(), a.getKey(), a.getValue(), Instant.now());
            }
            return null;
        });
        return Response.status(201).entity(overview(regionId, null)).build();
    }
}
