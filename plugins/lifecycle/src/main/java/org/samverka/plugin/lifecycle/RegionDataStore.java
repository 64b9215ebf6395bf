package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;

/** Personas and population targets of regions, and in-mover counts of municipalities. */
@Component(service = RegionDataStore.class)
public final class RegionDataStore {

    private final SchemaAccess db;

    @Activate
    public RegionDataStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<Persona> personas(String regionId) {
        return db.transaction(tx -> {
            List<Persona> personas = new java.util.ArrayList<>();
            for (Persona p : tx.list(RegionDataStore::persona, "SELECT * FROM PERSONA WHERE REGION_ID = ? ORDER BY ID",
                    regionId)) {
                personas.add(withTranslations(tx, p));
            }
            return personas;
        });
    }

    Persona persona(String regionId, long id) {
        return db.transaction(tx -> persona(tx, regionId, id));
    }

    Persona createPersona(String regionId, Persona.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            long id = tx.insert("INSERT INTO PERSONA (REGION_ID, LANGUAGE, NAME, SUBTITLE, DESCRIPTION, DRIVERS, ORIGIN, "
                    + "VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.language(),
                    in.name(), in.subtitle(), in.description(), String.join("\n", in.drivers()), in.origin(), now, now);
            writeTranslations(tx, id, in);
            return persona(tx, regionId, id);
        });
    }

    Persona replacePersona(String regionId, long id, ExpectedVersion expected, Persona.Input in) {
        return db.transaction(tx -> {
            personaRow(tx, regionId, id).update(expected, "LANGUAGE = ?, NAME = ?, SUBTITLE = ?, DESCRIPTION = ?, DRIVERS = ?, "
                    + "ORIGIN = ?, UPDATED_AT = ?", in.language(), in.name(), in.subtitle(), in.description(),
                    String.join("\n", in.drivers()), in.origin(), Instant.now());
            tx.update("DELETE FROM PERSONA_TEXT WHERE PERSONA_ID = ?", id);
            writeTranslations(tx, id, in);
            return persona(tx, regionId, id);
        });
    }

    void deletePersona(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> personaRow(tx, regionId, id).delete(expected));
    }

    Optional<PopulationTarget> target(String regionId) {
        return db.transaction(tx -> tx.first(RegionDataStore::target, "SELECT * FROM POPULATION_TARGET WHERE REGION_ID = ?",
                regionId));
    }

    /** @throws DuplicateKeyException when the region has a target already, also one set a moment ago */
    PopulationTarget createTarget(String regionId, PopulationTarget.Input in) {
        db.transaction(tx -> tx.update("INSERT INTO POPULATION_TARGET (REGION_ID, NEW_RESIDENTS_LOW, NEW_RESIDENTS_HIGH, "
                + "BASE_YEAR, TARGET_YEAR, MEASURE, SOURCE, VERSION, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)", regionId,
                in.low(), in.high(), in.baseYear(), in.targetYear(), in.measure().name(), in.source(), Instant.now()));
        return target(regionId).orElseThrow();
    }

    /** A compare-and-set: 404 while there is no target, 412 when it changed since the client read it. */
    PopulationTarget changeTarget(String regionId, ExpectedVersion expected, PopulationTarget.Input in) {
        db.transaction(tx -> tx.versionedRow("population target of region '" + regionId + "'", "POPULATION_TARGET",
                "REGION_ID = ?", regionId).update(expected, "NEW_RESIDENTS_LOW = ?, NEW_RESIDENTS_HIGH = ?, BASE_YEAR = ?, "
                + "TARGET_YEAR = ?, MEASURE = ?, SOURCE = ?, UPDATED_AT = ?", in.low(), in.high(), in.baseYear(),
                in.targetYear(), in.measure().name(), in.source(), Instant.now()));
        return target(regionId).orElseThrow();
    }

    RegionSettings settings(String regionId) {
        return db.transaction(tx -> settings(tx, regionId));
    }

    private static RegionSettings settings(Transaction tx, String regionId) throws SQLException {
        return tx.first(r -> new RegionSettings(regionId, r.integer("THRESHOLD"), RegionSettings.Origin.REGION,
                r.number("VERSION"), r.instant("UPDATED_AT")), "SELECT * FROM REGION_SETTINGS WHERE REGION_ID = ?", regionId)
                .orElse(RegionSettings.suggested(regionId));
    }

    /**
     * A compare-and-set on the settings the client read: version 0 (Samverka's suggestion, no row
     * yet) creates the row, and a concurrent creator then finds it stale.
     */
    RegionSettings changeSettings(String regionId, ExpectedVersion expected, RegionSettings.Input in) {
        String what = "lifecycle settings of region '" + regionId + "'";
        try {
            return db.transaction(tx -> {
                long current = settings(tx, regionId).version();
                if (current == 0 && (expected.anyVersion() || expected.versions().contains(0L))) {
                    tx.update("INSERT INTO REGION_SETTINGS (REGION_ID, THRESHOLD, VERSION, UPDATED_AT) VALUES (?, ?, 1, ?)",
                            regionId, in.threshold(), Instant.now());
                } else if (current == 0) {
                    throw new StaleVersionException(what, 0);
                } else {
                    tx.versionedRow(what, "REGION_SETTINGS", "REGION_ID = ?", regionId)
                            .update(expected, "THRESHOLD = ?, UPDATED_AT = ?", in.threshold(), Instant.now());
                }
                return settings(tx, regionId);
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            if (expected.anyVersion()) {
                return changeSettings(regionId, expected, in); // "*" matches the row just created too
            }
            throw new StaleVersionException(what, settings(regionId).version());
        }
    }

    List<InMovers> inMovers(String municipalityId) {
        return db.transaction(tx -> tx.list(RegionDataStore::inMovers,
                "SELECT * FROM IN_MOVERS WHERE MUNICIPALITY_ID = ? ORDER BY YEAR_COUNTED", municipalityId));
    }

    Optional<InMovers> inMovers(String municipalityId, int year) {
        return db.transaction(tx -> tx.first(RegionDataStore::inMovers,
                "SELECT * FROM IN_MOVERS WHERE MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?", municipalityId, year));
    }

    /** @throws DuplicateKeyException when the year is counted already, also by a request a moment ago */
    InMovers countInMovers(String municipalityId, int year, int count) {
        db.transaction(tx -> tx.update("INSERT INTO IN_MOVERS (MUNICIPALITY_ID, YEAR_COUNTED, IN_MOVERS, VERSION, UPDATED_AT) "
                + "VALUES (?, ?, ?, 1, ?)", municipalityId, year, count, Instant.now()));
        return inMovers(municipalityId, year).orElseThrow();
    }

    /** A compare-and-set: 404 while the year is not counted, 412 when it changed since the client read it. */
    InMovers correctInMovers(String municipalityId, int year, ExpectedVersion expected, int count) {
        db.transaction(tx -> tx.versionedRow("count of " + year + " for municipality '" + municipalityId + "'", "IN_MOVERS",
                "MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?", municipalityId, year)
                .update(expected, "IN_MOVERS = ?, UPDATED_AT = ?", count, Instant.now()));
        return inMovers(municipalityId, year).orElseThrow();
    }

    private static VersionedRow personaRow(Transaction tx, String regionId, long id) {
        return tx.versionedRow(personaWhat(regionId, id), "PERSONA", "REGION_ID = ? AND ID = ?", regionId, id);
    }

    private static Persona persona(Transaction tx, String regionId, long id) throws SQLException {
        return withTranslations(tx, tx.first(RegionDataStore::persona, "SELECT * FROM PERSONA WHERE REGION_ID = ? AND ID = ?",
                regionId, id).orElseThrow(() -> new RowNotFoundException(personaWhat(regionId, id))));
    }

    private static void writeTranslations(Transaction tx, long id, Persona.Input in) throws SQLException {
        for (var t : in.translations().entrySet()) {
            tx.update("INSERT INTO PERSONA_TEXT (PERSONA_ID, LANGUAGE, NAME, SUBTITLE, DESCRIPTION, DRIVERS) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, t.getKey(), t.getValue().name(), t.getValue().subtitle(),
                    t.getValue().description(), String.join("\n", t.getValue().drivers()));
        }
    }

    private static Persona withTranslations(Transaction tx, Persona p) throws SQLException {
        Map<String, Persona.Text> translations = new java.util.TreeMap<>();
        for (var t : tx.list(r -> Map.entry(r.text("LANGUAGE"), new Persona.Text(r.text("NAME"), r.text("SUBTITLE"),
                r.text("DESCRIPTION"), lines(r.text("DRIVERS")))), "SELECT * FROM PERSONA_TEXT WHERE PERSONA_ID = ?", p.id())) {
            translations.put(t.getKey(), t.getValue());
        }
        return new Persona(p.id(), p.regionId(), p.language(), p.name(), p.subtitle(), p.description(), p.drivers(),
                translations, p.origin(), p.version(), p.createdAt(), p.updatedAt());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String personaWhat(String regionId, long id) {
        return "persona " + id + " of region '" + regionId + "'";
    }

    private static Persona persona(Row r) throws SQLException {
        return new Persona(r.number("ID"), r.text("REGION_ID"), r.text("LANGUAGE"), r.text("NAME"), r.text("SUBTITLE"),
                r.text("DESCRIPTION"), lines(r.text("DRIVERS")), Map.of(), r.text("ORIGIN"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }

    private static PopulationTarget target(Row r) throws SQLException {
        return new PopulationTarget(r.text("REGION_ID"), r.integer("NEW_RESIDENTS_LOW"), r.integer("NEW_RESIDENTS_HIGH"),
                r.integer("BASE_YEAR"), r.integer("TARGET_YEAR"), r.enumValue(TargetMeasure.class, "MEASURE"), r.text("SOURCE"),
                r.number("VERSION"), r.instant("UPDATED_AT"));
    }

    private static InMovers inMovers(Row r) throws SQLException {
        return new InMovers(r.text("MUNICIPALITY_ID"), r.integer("YEAR_COUNTED"), r.integer("IN_MOVERS"), r.number("VERSION"),
                r.instant("UPDATED_AT"));
    }
}
