package org.samverka.plugin.cocreation;

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
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** A municipality's arenas (ARENA) and their participation (PARTICIPATION), with the reach computed on reading. */
@Component(service = ArenaStore.class)
public final class ArenaStore {

    private final SchemaAccess db;
    private final Guide guide;

    @Activate
    public ArenaStore(@Reference Storage storage, @Reference Guide guide, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
        this.guide = guide;
    }

    List<Arena> list(String municipalityId) {
        return db.transaction(tx -> {
            List<Arena> out = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM ARENA WHERE MUNICIPALITY_ID = ? ORDER BY ID", municipalityId)) {
                out.add(read(tx, municipalityId, id));
            }
            return out;
        });
    }

    Arena get(String municipalityId, long id) {
        return db.transaction(tx -> read(tx, municipalityId, id));
    }

    static Arena.Input check(Arena.Input in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String description = check.optionalText("description", in.description(), 2000);
        check.throwIfInvalid();
        return new Arena.Input(name, description);
    }

    Arena create(String municipalityId, Arena.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> read(tx, municipalityId, tx.insert("INSERT INTO ARENA (MUNICIPALITY_ID, NAME, DESCRIPTION, VERSION, "
                + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 1, ?, ?)", municipalityId, in.name(), in.description(), now, now)));
    }

    Arena replace(String municipalityId, long id, ExpectedVersion expected, Arena.Input in) {
        return db.transaction(tx -> {
            row(tx, municipalityId, id).update(expected, "NAME = ?, DESCRIPTION = ?, UPDATED_AT = ?", in.name(), in.description(),
                    Instant.now());
            return read(tx, municipalityId, id);
        });
    }

    /** Its projects stay, outside any arena; its participation goes with it. */
    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    Arena.ParticipationInput check(Arena.ParticipationInput in) {
        var check = new Validation();
        check.required("heldOn", in.heldOn());
        check.date("heldOn", in.heldOn());
        check.check(in.how() != null && Arena.HOWS.contains(in.how()), "how", "must be one of " + Arena.HOWS);
        check.check(in.group() != null && guide.isGroup(in.group()), "group", "must be one of " + guide.groups().stream()
                .map(Guide.Group::id).toList());
        check.check(in.people() != null && in.people() >= 1 && in.people() <= 100_000, "people", "must be 1 to 100000");
        String note = check.optionalText("note", in.note(), 500);
        check.throwIfInvalid();
        return new Arena.ParticipationInput(in.projectId(), in.heldOn(), in.how(), in.group(), in.people(), note);
    }

    Arena.Participation addParticipation(String municipalityId, long arenaId, Arena.ParticipationInput in) {
        return db.transaction(tx -> {
            read(tx, municipalityId, arenaId);
            if (in.projectId() != null && tx.number("SELECT COUNT(*) FROM PROJECT WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId,
                    in.projectId()) == 0) {
                throw ApiProblem.invalid("projectId", "names no project of municipality '" + municipalityId + "'");
            }
            long id = tx.insert("INSERT INTO PARTICIPATION (ARENA_ID, PROJECT_ID, HELD_ON, HOW, GROUP_ID, PEOPLE, NOTE, CREATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", arenaId, in.projectId(), in.heldOn(), in.how(), in.group(), in.people(), in.note(),
                    Instant.now());
            return participation(tx, arenaId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        });
    }

    List<Arena.Participation> participation(String municipalityId, long arenaId) {
        return db.transaction(tx -> {
            read(tx, municipalityId, arenaId);
            return participation(tx, arenaId);
        });
    }

    void removeParticipation(String municipalityId, long arenaId, long id) {
        db.transaction(tx -> {
            read(tx, municipalityId, arenaId);
            if (tx.update("DELETE FROM PARTICIPATION WHERE ARENA_ID = ? AND ID = ?", arenaId, id) == 0) {
                throw new RowNotFoundException("participation " + id + " of arena " + arenaId);
            }
            return null;
        });
    }

    private static List<Arena.Participation> participation(Transaction tx, long arenaId) throws SQLException {
        return tx.list(r -> new Arena.Participation(r.number("ID"), r.number("ARENA_ID"), r.optionalNumber("PROJECT_ID"),
                r.date("HELD_ON"), r.text("HOW"), r.text("GROUP_ID"), r.integer("PEOPLE"), r.text("NOTE"), r.instant("CREATED_AT")),
                "SELECT * FROM PARTICIPATION WHERE ARENA_ID = ? ORDER BY HELD_ON, ID", arenaId);
    }

    private Arena read(Transaction tx, String municipalityId, long id) throws SQLException {
        record Head(String name, String description, long version, Instant created, Instant updated) {
        }
        Head h = tx.first(r -> new Head(r.text("NAME"), r.text("DESCRIPTION"), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT")), "SELECT * FROM ARENA WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
        List<Arena.ProjectRef> projects = tx.list(r -> new Arena.ProjectRef(r.number("ID"), r.text("TITLE"), Step.valueOf(r.text("STEP"))),
                "SELECT ID, TITLE, STEP FROM PROJECT WHERE ARENA_ID = ? ORDER BY ID", id);
        return new Arena(id, municipalityId, h.name(), h.description(), projects, reach(participation(tx, id)), h.version(), h.created(),
                h.updated());
    }

    /** The reach: people per way and per group, and the guide's groups no one of took part (Samverka's suggested groups). */
    Arena.Reach reach(List<Arena.Participation> all) {
        Map<String, Integer> byHow = new TreeMap<>();
        Map<String, Map<String, Integer>> byGroup = new LinkedHashMap<>();
        int people = 0;
        for (Arena.Participation p : all) {
            people += p.people();
            byHow.merge(p.how(), p.people(), Integer::sum);
            byGroup.computeIfAbsent(p.group(), g -> new TreeMap<>()).merge(p.how(), p.people(), Integer::sum);
        }
        List<Arena.GroupReach> groups = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Guide.Group g : guide.groups()) {
            Map<String, Integer> hows = byGroup.getOrDefault(g.id(), Map.of());
            int n = hows.values().stream().mapToInt(Integer::intValue).sum();
            groups.add(new Arena.GroupReach(g.id(), g.name(), n, hows));
            if (n == 0) {
                missing.add(g.id());
            }
        }
        return new Arena.Reach(people, byHow, groups, missing);
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "ARENA", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static String what(String municipalityId, long id) {
        return "arena " + id + " of municipality '" + municipalityId + "'";
    }
}
