package org.samverka.plugin.positioning;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** A region's people (PERSON) and their staircase levels over time (PERSON_LEVEL). */
@Component(service = PeopleStore.class)
public final class PeopleStore {

    private final SchemaAccess db;
    private final TenantDirectory tenants;

    @Activate
    public PeopleStore(@Reference Storage storage, @Reference TenantDirectory tenants, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
        this.tenants = tenants;
    }

    /** The region's people, oldest first; {@code municipalityId} narrows it (null: all). */
    List<Person> list(String regionId, String municipalityId) {
        return db.transaction(tx -> read(tx, regionId, null).stream()
                .filter(p -> municipalityId == null || municipalityId.equals(p.municipalityId())).toList());
    }

    Person get(String regionId, long id) {
        return db.transaction(tx -> one(tx, regionId, id));
    }

    Person.Input check(String regionId, Person.Input in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String organisation = check.optionalText("organisation", in.organisation(), 200);
        check.check(in.sector() != null && Person.SECTORS.contains(in.sector()), "sector", "must be one of " + Person.SECTORS);
        check.check(in.decisionLevel() != null && Person.DECISION_LEVELS.contains(in.decisionLevel()), "decisionLevel",
                "must be one of " + Person.DECISION_LEVELS);
        check.check(in.municipalityId() == null || tenants.municipalitiesOf(regionId).stream().map(Municipality::id)
                .anyMatch(in.municipalityId()::equals), "municipalityId", "is not a municipality of region '" + regionId + "'");
        check.throwIfInvalid();
        return new Person.Input(name, organisation, in.sector(), in.decisionLevel(), in.municipalityId());
    }

    Person create(String regionId, Person.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> one(tx, regionId, tx.insert("INSERT INTO PERSON (REGION_ID, MUNICIPALITY_ID, NAME, ORGANISATION, SECTOR, "
                + "DECISION_LEVEL, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.municipalityId(), in.name(),
                in.organisation(), in.sector(), in.decisionLevel(), now, now)));
    }

    Person replace(String regionId, long id, ExpectedVersion expected, Person.Input in) {
        return db.transaction(tx -> {
            row(tx, regionId, id).update(expected, "MUNICIPALITY_ID = ?, NAME = ?, ORGANISATION = ?, SECTOR = ?, DECISION_LEVEL = ?, UPDATED_AT = ?",
                    in.municipalityId(), in.name(), in.organisation(), in.sector(), in.decisionLevel(), Instant.now());
            return one(tx, regionId, id);
        });
    }

    /** The person, their levels, hosting, participation and commitments go: one person's data erased. */
    void delete(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, regionId, id).delete(expected));
    }

    /** A step on the staircase from a date on; 400 for a level the region does not have. */
    Person addLevel(String regionId, long id, Person.LevelInput in, Settings settings) {
        var check = new Validation();
        check.check(in.level() != null && settings.levelIds().contains(in.level()), "level", "must be one of " + settings.levelIds());
        LocalDate since = in.since() == null ? LocalDate.now() : in.since();
        check.date("since", since);
        check.throwIfInvalid();
        return db.transaction(tx -> {
            one(tx, regionId, id);
            tx.update("INSERT INTO PERSON_LEVEL (PERSON_ID, LEVEL_ID, SINCE) VALUES (?, ?, ?)", id, in.level(), since);
            return one(tx, regionId, id);
        });
    }

    /** Every level step of the region's people (of one municipality's, when given). */
    List<Staircase.Step> steps(String regionId, String municipalityId) {
        return db.transaction(tx -> tx.list(r -> new Staircase.Step(r.number("PERSON_ID"), r.text("LEVEL_ID"), r.date("SINCE")),
                "SELECT L.* FROM PERSON_LEVEL L JOIN PERSON P ON P.ID = L.PERSON_ID WHERE P.REGION_ID = ?"
                        + (municipalityId == null ? "" : " AND P.MUNICIPALITY_ID = ?") + " ORDER BY L.SINCE, L.ID",
                municipalityId == null ? new Object[] {regionId} : new Object[] {regionId, municipalityId}));
    }

    /** People of this name (any case): for an export of their data, or its erasure. */
    List<Person> named(String regionId, String name) {
        return db.transaction(tx -> read(tx, regionId, name));
    }

    private static Person one(Transaction tx, String regionId, long id) throws SQLException {
        return read(tx, regionId, null).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new RowNotFoundException("person " + id + " of region '" + regionId + "'"));
    }

    private static List<Person> read(Transaction tx, String regionId, String name) throws SQLException {
        String and = name == null ? "" : " AND LOWER(P.NAME) = LOWER(?)";
        Object[] args = name == null ? new Object[] {regionId} : new Object[] {regionId, name};
        Map<Long, List<Person.LevelStep>> levels = new LinkedHashMap<>();
        record Lv(long person, Person.LevelStep step) {
        }
        for (Lv lv : tx.list(r -> new Lv(r.number("PERSON_ID"), new Person.LevelStep(r.number("ID"), r.text("LEVEL_ID"), r.date("SINCE"))),
                "SELECT L.* FROM PERSON_LEVEL L JOIN PERSON P ON P.ID = L.PERSON_ID WHERE P.REGION_ID = ?" + and + " ORDER BY L.SINCE, L.ID",
                args)) {
            levels.computeIfAbsent(lv.person(), k -> new ArrayList<>()).add(lv.step());
        }
        LocalDate today = LocalDate.now();
        return tx.list(r -> {
            long id = r.number("ID");
            List<Person.LevelStep> own = levels.getOrDefault(id, List.of());
            String current = own.stream().filter(s -> !s.since().isAfter(today)).reduce((a, b) -> b).map(Person.LevelStep::level).orElse(null);
            return new Person(id, r.text("REGION_ID"), r.text("MUNICIPALITY_ID"), r.text("NAME"), r.text("ORGANISATION"), r.text("SECTOR"),
                    r.text("DECISION_LEVEL"), current, own, r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
        }, "SELECT * FROM PERSON P WHERE P.REGION_ID = ?" + and + " ORDER BY P.ID", args);
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String regionId, long id) {
        return tx.versionedRow("person " + id + " of region '" + regionId + "'", "PERSON", "REGION_ID = ? AND ID = ?", regionId, id);
    }
}
