package org.samverka.plugin.positioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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

/**
 * Arenas (ARENA, seeded once per region from {@code reference/arenas.properties}), occurrences
 * (OCCURRENCE, OCCURRENCE_PERSON) and commitments (COMMITMENT) of a region.
 */
@Component(service = CoActionStore.class)
public final class CoActionStore {

    private final SchemaAccess db;
    private final Properties reference = new Properties();

    @Activate
    public CoActionStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
        try (InputStream in = CoActionStore.class.getResourceAsStream("/reference/arenas.properties")) {
            reference.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region's arenas with their occurrences; the reference arenas are added the first time (and only then). */
    List<CoAction.Arena> arenas(String regionId) {
        return db.transaction(tx -> {
            seed(tx, regionId);
            List<CoAction.Arena> out = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM ARENA WHERE REGION_ID = ? ORDER BY ID", regionId)) {
                out.add(arena(tx, regionId, id));
            }
            return out;
        });
    }

    CoAction.Arena arena(String regionId, long id) {
        return db.transaction(tx -> arena(tx, regionId, id));
    }

    static CoAction.ArenaInput check(CoAction.ArenaInput in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String description = check.optionalText("description", in.description(), 2000);
        check.throwIfInvalid();
        return new CoAction.ArenaInput(name, description);
    }

    CoAction.Arena createArena(String regionId, CoAction.ArenaInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            seed(tx, regionId);
            return arena(tx, regionId, tx.insert("INSERT INTO ARENA (REGION_ID, NAME, DESCRIPTION, REFERENCE_DATA, VERSION, CREATED_AT, "
                    + "UPDATED_AT) VALUES (?, ?, ?, FALSE, 1, ?, ?)", regionId, in.name(), in.description(), now, now));
        });
    }

    CoAction.Arena replaceArena(String regionId, long id, ExpectedVersion expected, CoAction.ArenaInput in) {
        return db.transaction(tx -> {
            row(tx, "ARENA", "arena", regionId, id).update(expected, "NAME = ?, DESCRIPTION = ?, UPDATED_AT = ?", in.name(), in.description(),
                    Instant.now());
            return arena(tx, regionId, id);
        });
    }

    void deleteArena(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, "ARENA", "arena", regionId, id).delete(expected));
    }

    CoAction.OccurrenceInput check(CoAction.OccurrenceInput in) {
        var check = new Validation();
        check.check(in.year() != null && in.year() >= 1900 && in.year() <= 2200, "year", "must be a year such as 2026");
        String theme = check.optionalText("theme", in.theme(), 500);
        check.date("startsOn", in.startsOn());
        check.date("endsOn", in.endsOn());
        check.check(in.startsOn() == null || in.endsOn() == null || !in.endsOn().isBefore(in.startsOn()), "endsOn", "must not be before startsOn");
        check.throwIfInvalid();
        return new CoAction.OccurrenceInput(in.year(), theme, in.startsOn(), in.endsOn(), ids(in.hostIds()), ids(in.participantIds()));
    }

    CoAction.Occurrence createOccurrence(String regionId, long arenaId, CoAction.OccurrenceInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            arena(tx, regionId, arenaId);
            long id = tx.insert("INSERT INTO OCCURRENCE (ARENA_ID, YEAR_HELD, THEME, STARTS_ON, ENDS_ON, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?, ?)", arenaId, in.year(), in.theme(), in.startsOn(), in.endsOn(), now, now);
            writePeople(tx, regionId, id, in);
            return occurrence(tx, regionId, arenaId, id);
        });
    }

    CoAction.Occurrence occurrence(String regionId, long arenaId, long id) {
        return db.transaction(tx -> occurrence(tx, regionId, arenaId, id));
    }

    CoAction.Occurrence replaceOccurrence(String regionId, long arenaId, long id, ExpectedVersion expected, CoAction.OccurrenceInput in) {
        return db.transaction(tx -> {
            occurrence(tx, regionId, arenaId, id);
            tx.versionedRow("occurrence " + id, "OCCURRENCE", "ARENA_ID = ? AND ID = ?", arenaId, id).update(expected,
                    "YEAR_HELD = ?, THEME = ?, STARTS_ON = ?, ENDS_ON = ?, UPDATED_AT = ?", in.year(), in.theme(), in.startsOn(), in.endsOn(),
                    Instant.now());
            tx.update("DELETE FROM OCCURRENCE_PERSON WHERE OCCURRENCE_ID = ?", id);
            writePeople(tx, regionId, id, in);
            return occurrence(tx, regionId, arenaId, id);
        });
    }

    void deleteOccurrence(String regionId, long arenaId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            occurrence(tx, regionId, arenaId, id);
            return tx.versionedRow("occurrence " + id, "OCCURRENCE", "ARENA_ID = ? AND ID = ?", arenaId, id).delete(expected);
        });
    }

    // Commitments

    List<CoAction.Commitment> commitments(String regionId, String status, String municipalityId) {
        List<Object> args = new ArrayList<>(List.of(regionId));
        if (status != null) {
            args.add(status);
        }
        if (municipalityId != null) {
            args.add(municipalityId);
        }
        return db.transaction(tx -> tx.list(CoActionStore::commitment, "SELECT C.* FROM COMMITMENT C JOIN PERSON P ON P.ID = C.PERSON_ID "
                + "WHERE C.REGION_ID = ?" + (status == null ? "" : " AND C.STATUS = ?") + (municipalityId == null ? "" : " AND P.MUNICIPALITY_ID = ?")
                + " ORDER BY C.ID", args.toArray()));
    }

    CoAction.Commitment commitment(String regionId, long id) {
        return db.transaction(tx -> commitment(tx, regionId, id));
    }

    static CoAction.CommitmentInput check(CoAction.CommitmentInput in) {
        var check = new Validation();
        check.required("occurrenceId", in.occurrenceId());
        check.required("personId", in.personId());
        String text = check.requiredText("text", in.text(), 2000);
        String status = in.status() == null ? "PROMISED" : in.status();
        check.check(CoAction.STATUSES.contains(status), "status", "must be one of " + CoAction.STATUSES);
        check.date("dueOn", in.dueOn());
        check.date("deliveredOn", in.deliveredOn());
        check.check(in.deliveredOn() == null || "DELIVERED".equals(status), "deliveredOn", "goes with status DELIVERED");
        String followUp = check.optionalText("followUp", in.followUp(), 2000);
        check.throwIfInvalid();
        return new CoAction.CommitmentInput(in.occurrenceId(), in.personId(), text, in.dueOn(), status,
                "DELIVERED".equals(status) && in.deliveredOn() == null ? java.time.LocalDate.now() : in.deliveredOn(), followUp);
    }

    CoAction.Commitment createCommitment(String regionId, CoAction.CommitmentInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            requireLinks(tx, regionId, in);
            return commitment(tx, regionId, tx.insert("INSERT INTO COMMITMENT (REGION_ID, OCCURRENCE_ID, PERSON_ID, TEXT, DUE_ON, STATUS, "
                    + "DELIVERED_ON, FOLLOW_UP, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId,
                    in.occurrenceId(), in.personId(), in.text(), in.dueOn(), in.status(), in.deliveredOn(), in.followUp(), now, now));
        });
    }

    CoAction.Commitment replaceCommitment(String regionId, long id, ExpectedVersion expected, CoAction.CommitmentInput in) {
        return db.transaction(tx -> {
            requireLinks(tx, regionId, in);
            row(tx, "COMMITMENT", "commitment", regionId, id).update(expected, "OCCURRENCE_ID = ?, PERSON_ID = ?, TEXT = ?, DUE_ON = ?, STATUS = ?, "
                    + "DELIVERED_ON = ?, FOLLOW_UP = ?, UPDATED_AT = ?", in.occurrenceId(), in.personId(), in.text(), in.dueOn(), in.status(),
                    in.deliveredOn(), in.followUp(), Instant.now());
            return commitment(tx, regionId, id);
        });
    }

    void deleteCommitment(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, "COMMITMENT", "commitment", regionId, id).delete(expected));
    }

    static CoAction.FollowUp followUp(List<CoAction.Commitment> all) {
        int promised = (int) all.stream().filter(c -> c.status().equals("PROMISED")).count();
        int delivered = (int) all.stream().filter(c -> c.status().equals("DELIVERED")).count();
        int dropped = (int) all.stream().filter(c -> c.status().equals("DROPPED")).count();
        return new CoAction.FollowUp(promised, delivered, dropped, all.isEmpty() ? null : StrategyStore.round((double) delivered / all.size()));
    }

    private static void requireLinks(Transaction tx, String regionId, CoAction.CommitmentInput in) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM OCCURRENCE O JOIN ARENA A ON A.ID = O.ARENA_ID WHERE A.REGION_ID = ? AND O.ID = ?", regionId,
                in.occurrenceId()) == 0) {
            throw ApiProblem.invalid("occurrenceId", "names no occurrence of an arena of region '" + regionId + "'");
        }
        if (tx.number("SELECT COUNT(*) FROM PERSON WHERE REGION_ID = ? AND ID = ?", regionId, in.personId()) == 0) {
            throw ApiProblem.invalid("personId", "names no person of region '" + regionId + "'");
        }
    }

    private void seed(Transaction tx, String regionId) throws SQLException {
        String names = reference.getProperty(regionId);
        if (names == null || tx.number("SELECT COUNT(*) FROM ARENA_SEEDED WHERE REGION_ID = ?", regionId) > 0) {
            return;
        }
        tx.update("INSERT INTO ARENA_SEEDED (REGION_ID) VALUES (?)", regionId);
        Instant now = Instant.now();
        for (String name : names.split("\\|")) {
            tx.update("INSERT INTO ARENA (REGION_ID, NAME, REFERENCE_DATA, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, TRUE, 1, ?, ?)",
                    regionId, name, now, now);
        }
    }

    private static void writePeople(Transaction tx, String regionId, long occurrenceId, CoAction.OccurrenceInput in) throws SQLException {
        Map<String, List<Long>> roles = new LinkedHashMap<>();
        roles.put("HOST", in.hostIds());
        roles.put("PARTICIPANT", in.participantIds());
        for (var role : roles.entrySet()) {
            for (int i = 0; i < role.getValue().size(); i++) {
                long person = role.getValue().get(i);
                if (tx.number("SELECT COUNT(*) FROM PERSON WHERE REGION_ID = ? AND ID = ?", regionId, person) == 0) {
                    throw ApiProblem.invalid((role.getKey().equals("HOST") ? "hostIds[" : "participantIds[") + i + "]",
                            "names no person of region '" + regionId + "'");
                }
                tx.update("INSERT INTO OCCURRENCE_PERSON (OCCURRENCE_ID, PERSON_ID, ROLE_NAME) VALUES (?, ?, ?)", occurrenceId, person,
                        role.getKey());
            }
        }
    }

    private static CoAction.Arena arena(Transaction tx, String regionId, long id) throws SQLException {
        record Head(String name, String description, boolean reference, long version, Instant created, Instant updated) {
        }
        Head h = tx.first(r -> new Head(r.text("NAME"), r.text("DESCRIPTION"), r.flag("REFERENCE_DATA"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT")), "SELECT * FROM ARENA WHERE REGION_ID = ? AND ID = ?", regionId, id)
                .orElseThrow(() -> new RowNotFoundException("arena " + id + " of region '" + regionId + "'"));
        List<CoAction.Occurrence> occurrences = new ArrayList<>();
        for (long o : tx.list(r -> r.number("ID"), "SELECT ID FROM OCCURRENCE WHERE ARENA_ID = ? ORDER BY YEAR_HELD, ID", id)) {
            occurrences.add(occurrence(tx, regionId, id, o));
        }
        return new CoAction.Arena(id, regionId, h.name(), h.description(), h.reference(), occurrences, h.version(), h.created(), h.updated());
    }

    private static CoAction.Occurrence occurrence(Transaction tx, String regionId, long arenaId, long id) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM ARENA WHERE REGION_ID = ? AND ID = ?", regionId, arenaId) == 0) {
            throw new RowNotFoundException("arena " + arenaId + " of region '" + regionId + "'");
        }
        record Pr(long person, String role) {
        }
        List<Pr> people = tx.list(r -> new Pr(r.number("PERSON_ID"), r.text("ROLE_NAME")),
                "SELECT * FROM OCCURRENCE_PERSON WHERE OCCURRENCE_ID = ? ORDER BY PERSON_ID", id);
        return tx.first(r -> new CoAction.Occurrence(r.number("ID"), arenaId, r.integer("YEAR_HELD"), r.text("THEME"), r.date("STARTS_ON"),
                r.date("ENDS_ON"), people.stream().filter(p -> p.role().equals("HOST")).map(Pr::person).toList(),
                people.stream().filter(p -> p.role().equals("PARTICIPANT")).map(Pr::person).toList(), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT")), "SELECT * FROM OCCURRENCE WHERE ARENA_ID = ? AND ID = ?", arenaId, id)
                .orElseThrow(() -> new RowNotFoundException("occurrence " + id + " of arena " + arenaId));
    }

    private static CoAction.Commitment commitment(Transaction tx, String regionId, long id) throws SQLException {
        return tx.first(CoActionStore::commitment, "SELECT * FROM COMMITMENT WHERE REGION_ID = ? AND ID = ?", regionId, id)
                .orElseThrow(() -> new RowNotFoundException("commitment " + id + " of region '" + regionId + "'"));
    }

    private static CoAction.Commitment commitment(org.samverka.api.storage.Row r) throws SQLException {
        return new CoAction.Commitment(r.number("ID"), r.text("REGION_ID"), r.number("OCCURRENCE_ID"), r.number("PERSON_ID"), r.text("TEXT"),
                r.date("DUE_ON"), r.text("STATUS"), r.date("DELIVERED_ON"), r.text("FOLLOW_UP"), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT"));
    }

    private static List<Long> ids(List<Long> in) {
        return in == null ? List.of() : in.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String table, String what, String regionId, long id) {
        return tx.versionedRow(what + " " + id + " of region '" + regionId + "'", table, "REGION_ID = ? AND ID = ?", regionId, id);
    }
}
