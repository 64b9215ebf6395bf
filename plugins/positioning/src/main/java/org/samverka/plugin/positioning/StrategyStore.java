package org.samverka.plugin.positioning;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** Core values (CORE_VALUE), advantages (ADVANTAGE, EVIDENCE, ADVANTAGE_SCORE) and positions (POSITION, POSITION_LINK) of a region. */
@Component(service = StrategyStore.class)
public final class StrategyStore {

    private final SchemaAccess db;

    @Activate
    public StrategyStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
    }

    // Core values

    List<Strategy.CoreValue> values(String regionId) {
        return db.transaction(tx -> tx.list(StrategyStore::value, "SELECT * FROM CORE_VALUE WHERE REGION_ID = ? ORDER BY ID", regionId));
    }

    Strategy.CoreValue value(String regionId, long id) {
        return db.transaction(tx -> value(tx, regionId, id));
    }

    static Strategy.ValueInput check(Strategy.ValueInput in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String description = check.optionalText("description", in.description(), 2000);
        check.throwIfInvalid();
        return new Strategy.ValueInput(name, description);
    }

    Strategy.CoreValue createValue(String regionId, Strategy.ValueInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> value(tx, regionId, tx.insert("INSERT INTO CORE_VALUE (REGION_ID, NAME, DESCRIPTION, VERSION, CREATED_AT, "
                + "UPDATED_AT) VALUES (?, ?, ?, 1, ?, ?)", regionId, in.name(), in.description(), now, now)));
    }

    Strategy.CoreValue replaceValue(String regionId, long id, ExpectedVersion expected, Strategy.ValueInput in) {
        return db.transaction(tx -> {
            row(tx, "CORE_VALUE", "core value", regionId, id).update(expected, "NAME = ?, DESCRIPTION = ?, UPDATED_AT = ?", in.name(),
                    in.description(), Instant.now());
            return value(tx, regionId, id);
        });
    }

    /** Positions linked to it lose the link. */
    void deleteValue(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            row(tx, "CORE_VALUE", "core value", regionId, id).delete(expected);
            return tx.update("DELETE FROM POSITION_LINK WHERE KIND = 'VALUE' AND TARGET_ID = ?", id);
        });
    }

    private static Strategy.CoreValue value(Transaction tx, String regionId, long id) throws SQLException {
        return tx.first(StrategyStore::value, "SELECT * FROM CORE_VALUE WHERE REGION_ID = ? AND ID = ?", regionId, id)
                .orElseThrow(() -> new RowNotFoundException("core value " + id + " of region '" + regionId + "'"));
    }

    private static Strategy.CoreValue value(org.samverka.api.storage.Row r) throws SQLException {
        return new Strategy.CoreValue(r.number("ID"), r.text("REGION_ID"), r.text("NAME"), r.text("DESCRIPTION"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }

    // Advantages

    /** The region's advantages, best scored first; rank 1 is the best. */
    List<Strategy.Advantage> advantages(String regionId) {
        return db.transaction(tx -> advantages(tx, regionId));
    }

    Strategy.Advantage advantage(String regionId, long id) {
        return advantages(regionId).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new RowNotFoundException("advantage " + id + " of region '" + regionId + "'"));
    }

    static Strategy.AdvantageInput check(Strategy.AdvantageInput in, Settings settings) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        check.check(in.category() != null && Strategy.CATEGORIES.contains(in.category()), "category", "must be one of " + Strategy.CATEGORIES);
        String description = check.optionalText("description", in.description(), 2000);
        List<Strategy.Evidence> evidence = new ArrayList<>();
        List<Strategy.Evidence> given = in.evidence() == null ? List.of() : in.evidence();
        check.check(given.size() <= 30, "evidence", "at most 30");
        for (int i = 0; i < given.size() && i < 30; i++) {
            Strategy.Evidence e = given.get(i);
            String f = "evidence[" + i + "]";
            if (e == null) {
                check.check(false, f, "is empty");
                continue;
            }
            evidence.add(new Strategy.Evidence(check.requiredText(f + ".text", e.text(), 2000),
                    check.requiredText(f + ".source", e.source(), 500)));
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (in.scores() != null) {
            for (var s : in.scores().entrySet()) {
                check.check(settings.criterionIds().contains(s.getKey()), "scores." + s.getKey(), "is not one of the region's criteria "
                        + settings.criterionIds());
                check.check(s.getValue() != null && s.getValue() >= 1 && s.getValue() <= 5, "scores." + s.getKey(), "must be 1 to 5");
                scores.put(s.getKey(), s.getValue());
            }
        }
        check.throwIfInvalid();
        return new Strategy.AdvantageInput(title, in.category(), description, evidence, scores);
    }

    Strategy.Advantage createAdvantage(String regionId, Strategy.AdvantageInput in) {
        Instant now = Instant.now();
        long id = db.transaction(tx -> {
            long created = tx.insert("INSERT INTO ADVANTAGE (REGION_ID, TITLE, CATEGORY, DESCRIPTION, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, 1, ?, ?)", regionId, in.title(), in.category(), in.description(), now, now);
            writeAdvantage(tx, created, in);
            return created;
        });
        return advantage(regionId, id);
    }

    Strategy.Advantage replaceAdvantage(String regionId, long id, ExpectedVersion expected, Strategy.AdvantageInput in) {
        db.transaction(tx -> {
            row(tx, "ADVANTAGE", "advantage", regionId, id).update(expected, "TITLE = ?, CATEGORY = ?, DESCRIPTION = ?, UPDATED_AT = ?",
                    in.title(), in.category(), in.description(), Instant.now());
            tx.update("DELETE FROM EVIDENCE WHERE ADVANTAGE_ID = ?", id);
            tx.update("DELETE FROM ADVANTAGE_SCORE WHERE ADVANTAGE_ID = ?", id);
            writeAdvantage(tx, id, in);
            return null;
        });
        return advantage(regionId, id);
    }

    void deleteAdvantage(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            row(tx, "ADVANTAGE", "advantage", regionId, id).delete(expected);
            return tx.update("DELETE FROM POSITION_LINK WHERE KIND = 'ADVANTAGE' AND TARGET_ID = ?", id);
        });
    }

    private static void writeAdvantage(Transaction tx, long id, Strategy.AdvantageInput in) throws SQLException {
        for (int i = 0; i < in.evidence().size(); i++) {
            tx.update("INSERT INTO EVIDENCE (ADVANTAGE_ID, POSITION, TEXT, SOURCE) VALUES (?, ?, ?, ?)", id, i, in.evidence().get(i).text(),
                    in.evidence().get(i).source());
        }
        for (var s : in.scores().entrySet()) {
            tx.update("INSERT INTO ADVANTAGE_SCORE (ADVANTAGE_ID, CRITERION, SCORE) VALUES (?, ?, ?)", id, s.getKey(), s.getValue());
        }
    }

    static List<Strategy.Advantage> advantages(Transaction tx, String regionId) throws SQLException {
        record Ev(long advantage, Strategy.Evidence evidence) {
        }
        Map<Long, List<Strategy.Evidence>> evidence = tx.list(r -> new Ev(r.number("ADVANTAGE_ID"), new Strategy.Evidence(r.text("TEXT"),
                r.text("SOURCE"))), "SELECT E.* FROM EVIDENCE E JOIN ADVANTAGE A ON A.ID = E.ADVANTAGE_ID WHERE A.REGION_ID = ? "
                + "ORDER BY E.ADVANTAGE_ID, E.POSITION", regionId).stream().collect(Collectors.groupingBy(Ev::advantage, LinkedHashMap::new,
                        Collectors.mapping(Ev::evidence, Collectors.toList())));
        record Sc(long advantage, String criterion, int score) {
        }
        Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (Sc s : tx.list(r -> new Sc(r.number("ADVANTAGE_ID"), r.text("CRITERION"), r.integer("SCORE")), "SELECT S.* FROM ADVANTAGE_SCORE S "
                + "JOIN ADVANTAGE A ON A.ID = S.ADVANTAGE_ID WHERE A.REGION_ID = ? ORDER BY S.CRITERION", regionId)) {
            scores.computeIfAbsent(s.advantage(), k -> new LinkedHashMap<>()).put(s.criterion(), s.score());
        }
        List<Strategy.Advantage> unranked = tx.list(r -> {
            long id = r.number("ID");
            Map<String, Integer> own = scores.getOrDefault(id, Map.of());
            Double mean = own.isEmpty() ? null : round(own.values().stream().mapToInt(Integer::intValue).average().orElse(0));
            return new Strategy.Advantage(id, r.text("REGION_ID"), r.text("TITLE"), r.text("CATEGORY"), r.text("DESCRIPTION"),
                    evidence.getOrDefault(id, List.of()), own, mean, 0, r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
        }, "SELECT * FROM ADVANTAGE WHERE REGION_ID = ? ORDER BY ID", regionId);
        List<Strategy.Advantage> ranked = new ArrayList<>(unranked);
        ranked.sort(Comparator.comparing((Strategy.Advantage a) -> a.score() == null ? -1 : a.score()).reversed()
                .thenComparingLong(Strategy.Advantage::id));
        List<Strategy.Advantage> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Strategy.Advantage a = ranked.get(i);
            out.add(new Strategy.Advantage(a.id(), a.regionId(), a.title(), a.category(), a.description(), a.evidence(), a.scores(), a.score(),
                    i + 1, a.version(), a.createdAt(), a.updatedAt()));
        }
        return out;
    }

    // Positions

    /** The region's positions by priority, then by score. */
    List<Strategy.Position> positions(String regionId) {
        return db.transaction(tx -> positions(tx, regionId));
    }

    Strategy.Position position(String regionId, long id) {
        return positions(regionId).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new RowNotFoundException("position " + id + " of region '" + regionId + "'"));
    }

    static Strategy.PositionInput check(Strategy.PositionInput in) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        String rationale = check.optionalText("rationale", in.rationale(), 2000);
        check.check(in.priority() == null || (in.priority() >= 1 && in.priority() <= 100), "priority", "must be 1 (first) to 100");
        List<String> priorities = lines(check, "strategyPriorities", in.strategyPriorities());
        List<String> audiences = lines(check, "audiences", in.audiences());
        check.throwIfInvalid();
        return new Strategy.PositionInput(title, distinct(in.advantageIds()), distinct(in.valueIds()), priorities, rationale, audiences,
                in.priority() == null ? 100 : in.priority());
    }

    Strategy.Position createPosition(String regionId, Strategy.PositionInput in) {
        Instant now = Instant.now();
        long id = db.transaction(tx -> {
            long created = tx.insert("INSERT INTO POSITION (REGION_ID, TITLE, RATIONALE, PRIORITIES, AUDIENCES, PRIORITY, VERSION, CREATED_AT, "
                    + "UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.title(), in.rationale(), String.join("\n",
                    in.strategyPriorities()), String.join("\n", in.audiences()), in.priority(), now, now);
            writeLinks(tx, regionId, created, in);
            return created;
        });
        return position(regionId, id);
    }

    Strategy.Position replacePosition(String regionId, long id, ExpectedVersion expected, Strategy.PositionInput in) {
        db.transaction(tx -> {
            row(tx, "POSITION", "position", regionId, id).update(expected, "TITLE = ?, RATIONALE = ?, PRIORITIES = ?, AUDIENCES = ?, PRIORITY = ?, "
                    + "UPDATED_AT = ?", in.title(), in.rationale(), String.join("\n", in.strategyPriorities()), String.join("\n", in.audiences()),
                    in.priority(), Instant.now());
            tx.update("DELETE FROM POSITION_LINK WHERE POSITION_ID = ?", id);
            writeLinks(tx, regionId, id, in);
            return null;
        });
        return position(regionId, id);
    }

    void deletePosition(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, "POSITION", "position", regionId, id).delete(expected));
    }

    private static void writeLinks(Transaction tx, String regionId, long id, Strategy.PositionInput in) throws SQLException {
        for (int i = 0; i < in.advantageIds().size(); i++) {
            if (tx.number("SELECT COUNT(*) FROM ADVANTAGE WHERE REGION_ID = ? AND ID = ?", regionId, in.advantageIds().get(i)) == 0) {
                throw ApiProblem.invalid("advantageIds[" + i + "]", "names no advantage of region '" + regionId + "'");
            }
            tx.update("INSERT INTO POSITION_LINK (POSITION_ID, KIND, TARGET_ID) VALUES (?, 'ADVANTAGE', ?)", id, in.advantageIds().get(i));
        }
        for (int i = 0; i < in.valueIds().size(); i++) {
            if (tx.number("SELECT COUNT(*) FROM CORE_VALUE WHERE REGION_ID = ? AND ID = ?", regionId, in.valueIds().get(i)) == 0) {
                throw ApiProblem.invalid("valueIds[" + i + "]", "names no core value of region '" + regionId + "'");
            }
            tx.update("INSERT INTO POSITION_LINK (POSITION_ID, KIND, TARGET_ID) VALUES (?, 'VALUE', ?)", id, in.valueIds().get(i));
        }
    }

    static List<Strategy.Position> positions(Transaction tx, String regionId) throws SQLException {
        Map<Long, Double> advantageScores = advantages(tx, regionId).stream().filter(a -> a.score() != null)
                .collect(Collectors.toMap(Strategy.Advantage::id, Strategy.Advantage::score));
        record Link(long position, String kind, long target) {
        }
        List<Link> links = tx.list(r -> new Link(r.number("POSITION_ID"), r.text("KIND"), r.number("TARGET_ID")), "SELECT L.* FROM POSITION_LINK L "
                + "JOIN POSITION P ON P.ID = L.POSITION_ID WHERE P.REGION_ID = ? ORDER BY L.TARGET_ID", regionId);
        List<Strategy.Position> out = tx.list(r -> {
            long id = r.number("ID");
            List<Long> advantages = links.stream().filter(l -> l.position() == id && l.kind().equals("ADVANTAGE")).map(Link::target).toList();
            List<Long> values = links.stream().filter(l -> l.position() == id && l.kind().equals("VALUE")).map(Link::target).toList();
            double[] scored = advantages.stream().filter(advantageScores::containsKey).mapToDouble(advantageScores::get).toArray();
            return new Strategy.Position(id, r.text("REGION_ID"), r.text("TITLE"), advantages, values, split(r.text("PRIORITIES")),
                    r.text("RATIONALE"), split(r.text("AUDIENCES")), r.integer("PRIORITY"), scored.length == 0 ? null
                            : round(Arrays.stream(scored).average().orElse(0)), r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
        }, "SELECT * FROM POSITION WHERE REGION_ID = ? ORDER BY PRIORITY, ID", regionId);
        return out;
    }

    private static List<String> lines(Validation check, String field, List<String> in) {
        List<String> out = new ArrayList<>();
        List<String> given = in == null ? List.of() : in;
        check.check(given.size() <= 20, field, "at most 20");
        for (int i = 0; i < given.size() && i < 20; i++) {
            String text = check.requiredText(field + "[" + i + "]", given.get(i), 190);
            check.check(text == null || !text.contains("\n"), field + "[" + i + "]", "is one line");
            out.add(text);
        }
        return out;
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    static double round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String table, String what, String regionId, long id) {
        return tx.versionedRow(what + " " + id + " of region '" + regionId + "'", table, "REGION_ID = ? AND ID = ?", regionId, id);
    }
}
