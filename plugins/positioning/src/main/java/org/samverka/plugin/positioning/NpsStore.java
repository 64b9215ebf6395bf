package org.samverka.plugin.positioning;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * NPS surveys (NPS_SURVEY) and their answers counted per score (NPS_COUNT). An answer adds one to
 * its score's count in one statement, so answers sent at the same moment all count.
 */
@Component(service = NpsStore.class)
public final class NpsStore {

    static final List<String> SEGMENTS = List.of("RESIDENT", "IN_MOVER", "VISITOR", "BUSINESS");

    /** A survey with its counts and its NPS. */
    public record Survey(long id, String regionId, String municipalityId, String question, String segment, String period, long[] counts,
            Nps nps, long version, Instant createdAt) {
    }

    /** A survey as sent; {@code period} a year ("2026") or a quarter ("2026-Q2"). */
    public record SurveyInput(String question, String segment, String municipalityId, String period) {
    }

    /** Answers as sent: one {@code score}, many {@code scores}, or a published {@code distribution} (answers per score). */
    public record AnswersInput(Integer score, List<Integer> scores, Map<String, Long> distribution) {
    }

    /** The trend: per segment and municipality ("" for the whole region), the NPS of each period's answers together. */
    public record Trend(String segment, String municipalityId, Map<String, Nps> byPeriod) {
    }

    private final SchemaAccess db;
    private final TenantDirectory tenants;

    @Activate
    public NpsStore(@Reference Storage storage, @Reference TenantDirectory tenants, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
        this.tenants = tenants;
    }

    List<Survey> surveys(String regionId, String segment, String municipalityId, int minN) {
        return db.transaction(tx -> read(tx, regionId, null, minN)).stream().filter(s -> segment == null || segment.equals(s.segment()))
                .filter(s -> municipalityId == null || municipalityId.equals(s.municipalityId())).toList();
    }

    Survey survey(String regionId, long id, int minN) {
        return db.transaction(tx -> read(tx, regionId, id, minN)).stream().findFirst()
                .orElseThrow(() -> new RowNotFoundException("NPS survey " + id + " of region '" + regionId + "'"));
    }

    SurveyInput check(String regionId, SurveyInput in) {
        var check = new Validation();
        String question = check.requiredText("question", in.question(), 500);
        check.check(in.segment() != null && SEGMENTS.contains(in.segment()), "segment", "must be one of " + SEGMENTS);
        check.check(in.period() != null && in.period().matches("(19|20|21)\\d\\d(-Q[1-4])?"), "period", "must be a year such as 2026 or a quarter "
                + "such as 2026-Q2");
        check.check(in.municipalityId() == null || tenants.municipalitiesOf(regionId).stream().map(Municipality::id)
                .anyMatch(in.municipalityId()::equals), "municipalityId", "is not a municipality of region '" + regionId + "'");
        check.throwIfInvalid();
        return new SurveyInput(question, in.segment(), in.municipalityId(), in.period());
    }

    Survey create(String regionId, SurveyInput in, int minN) {
        Instant now = Instant.now();
        long id = db.transaction(tx -> {
            long created = tx.insert("INSERT INTO NPS_SURVEY (REGION_ID, MUNICIPALITY_ID, QUESTION, SEGMENT, PERIOD, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.municipalityId(), in.question(), in.segment(), in.period(), now, now);
            for (int s = 0; s <= 10; s++) {
                tx.update("INSERT INTO NPS_COUNT (SURVEY_ID, SCORE, ANSWERS) VALUES (?, ?, 0)", created, s);
            }
            return created;
        });
        return survey(regionId, id, minN);
    }

    void delete(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> tx.versionedRow("NPS survey " + id + " of region '" + regionId + "'", "NPS_SURVEY", "REGION_ID = ? AND ID = ?",
                regionId, id).delete(expected));
    }

    /** Answers per score 0–10, checked: 400 names every answer out of range (an 11 included), and nothing is counted. */
    static long[] check(AnswersInput in) {
        var check = new Validation();
        int forms = (in.score() != null ? 1 : 0) + (in.scores() != null ? 1 : 0) + (in.distribution() != null ? 1 : 0);
        check.check(forms == 1, "score", "send one of score, scores (a list) or distribution (answers per score)");
        check.throwIfInvalid();
        long[] counts = new long[11];
        if (in.score() != null) {
            check.check(in.score() >= 0 && in.score() <= 10, "score", "must be 0 to 10");
            if (in.score() >= 0 && in.score() <= 10) {
                counts[in.score()]++;
            }
        } else if (in.scores() != null) {
            check.check(!in.scores().isEmpty() && in.scores().size() <= 100_000, "scores", "1 to 100000 answers in one call");
            for (int i = 0; i < in.scores().size(); i++) {
                Integer s = in.scores().get(i);
                check.check(s != null && s >= 0 && s <= 10, "scores[" + i + "]", "must be 0 to 10");
                if (s != null && s >= 0 && s <= 10) {
                    counts[s]++;
                }
            }
        } else {
            for (var e : in.distribution().entrySet()) {
                String f = "distribution." + e.getKey();
                boolean score = e.getKey() != null && e.getKey().matches("10|[0-9]");
                check.check(score, f, "is not a score: the keys are 0 to 10");
                check.check(e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 10_000_000, f, "must be a count of answers, 0 or more");
                if (score && e.getValue() != null && e.getValue() >= 0) {
                    counts[Integer.parseInt(e.getKey())] += e.getValue();
                }
            }
        }
        check.throwIfInvalid();
        return counts;
    }

    Survey addAnswers(String regionId, long id, long[] counts, int minN) {
        db.transaction(tx -> {
            survey(tx, regionId, id);
            for (int s = 0; s <= 10; s++) {
                if (counts[s] > 0) {
                    tx.update("UPDATE NPS_COUNT SET ANSWERS = ANSWERS + ? WHERE SURVEY_ID = ? AND SCORE = ?", counts[s], id, s);
                }
            }
            return null;
        });
        return survey(regionId, id, minN);
    }

    /** Per segment and municipality (and the whole region), the NPS of each period, periods in order. */
    static List<Trend> trends(List<Survey> surveys, int minN) {
        Map<String, Map<String, long[]>> grouped = new TreeMap<>();
        for (Survey s : surveys) {
            for (String municipality : s.municipalityId() == null ? List.of("") : List.of(s.municipalityId(), "")) {
                long[] sum = grouped.computeIfAbsent(s.segment() + "|" + municipality, k -> new TreeMap<>())
                        .computeIfAbsent(s.period(), p -> new long[11]);
                for (int i = 0; i <= 10; i++) {
                    sum[i] += s.counts()[i];
                }
            }
        }
        List<Trend> out = new ArrayList<>();
        for (var g : grouped.entrySet()) {
            String[] key = g.getKey().split("\\|", -1);
            Map<String, Nps> byPeriod = new LinkedHashMap<>();
            g.getValue().forEach((period, counts) -> byPeriod.put(period, Nps.of(counts, minN)));
            out.add(new Trend(key[0], key[1].isEmpty() ? null : key[1], byPeriod));
        }
        return out;
    }

    private static void survey(Transaction tx, String regionId, long id) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM NPS_SURVEY WHERE REGION_ID = ? AND ID = ?", regionId, id) == 0) {
            throw new RowNotFoundException("NPS survey " + id + " of region '" + regionId + "'");
        }
    }

    private static List<Survey> read(Transaction tx, String regionId, Long onlyId, int minN) throws SQLException {
        String and = onlyId == null ? "" : " AND S.ID = ?";
        Object[] args = onlyId == null ? new Object[] {regionId} : new Object[] {regionId, onlyId};
        Map<Long, long[]> counts = new LinkedHashMap<>();
        record Count(long survey, int score, long answers) {
        }
        for (Count c : tx.list(r -> new Count(r.number("SURVEY_ID"), r.integer("SCORE"), r.number("ANSWERS")), "SELECT C.* FROM NPS_COUNT C "
                + "JOIN NPS_SURVEY S ON S.ID = C.SURVEY_ID WHERE S.REGION_ID = ?" + and, args)) {
            counts.computeIfAbsent(c.survey(), k -> new long[11])[c.score()] = c.answers();
        }
        return tx.list(r -> {
            long[] own = counts.getOrDefault(r.number("ID"), new long[11]);
            return new Survey(r.number("ID"), r.text("REGION_ID"), r.text("MUNICIPALITY_ID"), r.text("QUESTION"), r.text("SEGMENT"),
                    r.text("PERIOD"), own, Nps.of(own, minN), r.number("VERSION"), r.instant("CREATED_AT"));
        }, "SELECT * FROM NPS_SURVEY S WHERE S.REGION_ID = ?" + and + " ORDER BY S.PERIOD, S.ID", args);
    }
}
