package org.samverka.plugin.positioning;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.security.Access;

/**
 * {@code /api/v1/regions/{regionId}/positioning/charts/positions.svg}, {@code staircase.svg} and
 * {@code nps.svg}: the positions ranked by score, the staircase over time, the NPS trend with its
 * margin of error — each with a text alternative in {@code ?lang} (else {@code Accept-Language}).
 */
@Component(service = ChartsResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/charts")
public final class ChartsResource {

    private static final String SVG = "image/svg+xml; charset=UTF-8";

    private final StrategyStore strategy;
    private final StaircaseResource staircase;
    private final NpsStore nps;
    private final SettingsStore settings;

    @Activate
    public ChartsResource(@Reference StrategyStore strategy, @Reference StaircaseResource staircase, @Reference NpsStore nps,
            @Reference SettingsStore settings) {
        this.strategy = strategy;
        this.staircase = staircase;
        this.nps = nps;
        this.settings = settings;
    }

    /** 200 {@code image/svg+xml}: positions ranked by the mean score of their advantages (1–5). */
    @GET
    @Path("positions.svg")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response positions(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String language = PositioningModule.LABELS.languageFor(QueryValues.languages(lang, headers));
        List<Map.Entry<String, Double>> rows = strategy.positions(regionId).stream()
                .sorted(Comparator.comparing((Strategy.Position p) -> p.score() == null ? -1 : p.score()).reversed())
                .map(p -> (Map.Entry<String, Double>) new AbstractMap.SimpleEntry<>(p.title(), p.score())).toList();
        String description = rows.isEmpty() ? "–" : rows.stream().map(r -> r.getKey() + ": " + (r.getValue() == null ? "–" : Svg.format(r.getValue())))
                .collect(Collectors.joining("; "));
        return Response.ok(Svg.bars(label("chart.positions", language), description, rows, 5), SVG).header("Content-Language", language).build();
    }

    /** 200 {@code image/svg+xml}: people per level at the end of each period; {@code ?period=YEAR|QUARTER}. */
    @GET
    @Path("staircase.svg")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response staircase(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("period") @DefaultValue("YEAR") String period,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = PositioningModule.LABELS.languageFor(QueryValues.languages(lang, headers));
        StaircaseResource.View view = staircase.get(regionId, period, null);
        List<String> ids = view.levels().stream().map(Settings.Named::id).toList();
        List<String> names = view.levels().stream().map(l -> name(l.name(), language)).toList();
        String description = view.byPeriod().entrySet().stream().map(p -> p.getKey() + ": " + ids.stream().map(id -> names.get(ids.indexOf(id))
                + " " + p.getValue().getOrDefault(id, 0)).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
        return Response.ok(Svg.stacked(label("chart.staircase", language), description.isEmpty() ? "–" : description, ids, names, view.byPeriod()),
                SVG).header("Content-Language", language).build();
    }

    /** 200 {@code image/svg+xml}: the NPS per period with its margin of error; {@code ?segment=} and {@code ?municipality=} narrow it. */
    @GET
    @Path("nps.svg")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response nps(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("segment") String segment,
            @QueryParam("municipality") String municipalityId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        if (segment != null && !NpsStore.SEGMENTS.contains(segment)) {
            throw ApiProblem.invalid("segment", "must be one of " + NpsStore.SEGMENTS);
        }
        String language = PositioningModule.LABELS.languageFor(QueryValues.languages(lang, headers));
        int minN = settings.get(regionId).minN();
        List<NpsStore.Survey> surveys = nps.surveys(regionId, segment, municipalityId, minN);
        Map<String, long[]> byPeriod = new java.util.TreeMap<>();
        for (NpsStore.Survey s : surveys) {
            long[] sum = byPeriod.computeIfAbsent(s.period(), p -> new long[11]);
            for (int i = 0; i <= 10; i++) {
                sum[i] += s.counts()[i];
            }
        }
        Map<String, Nps> trend = new java.util.LinkedHashMap<>();
        byPeriod.forEach((period, counts) -> trend.put(period, Nps.of(counts, minN)));
        String description = trend.isEmpty() ? "–" : trend.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue().score() == null ? "–"
                : Svg.format(e.getValue().score()) + " ± " + Svg.format(e.getValue().marginOfError()) + ", n = " + e.getValue().n()))
                .collect(Collectors.joining("; "));
        return Response.ok(Svg.trend(label("chart.nps", language), description, trend), SVG).header("Content-Language", language).build();
    }

    private static String name(Map<String, String> names, String language) {
        return names.getOrDefault(language, names.getOrDefault("en", names.values().iterator().next()));
    }

    private static String label(String key, String language) {
        return PositioningModule.LABELS.text(key).get(language);
    }
}
