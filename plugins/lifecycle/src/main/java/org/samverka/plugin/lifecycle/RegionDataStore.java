package org.samverka.plugin.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.storage.SchemaAccess;

/** Personas and population targets of regions, and in-mover counts of municipalities. */
@Component(service = RegionDataStore.class)
public final class RegionDataStore {

    private static final String PERSONA = "ID, REGION_ID, NAME, DESCRIPTION, DRIVERS, ORIGIN, VERSION, CREATED_AT, UPDATED_AT";

    private final SchemaAccess db;

    @Activate
    public RegionDataStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<Persona> personas(String regionId) {
        return db.inTransaction(c -> personas(c, "SELECT " + PERSONA + " FROM PERSONA WHERE REGION_ID = ? ORDER BY ID", regionId));
    }

    Persona persona(String regionId, long id) {
        return db.inTransaction(c -> lockedPersona(c, regionId, id));
    }

    Persona createPersona(String regionId, Persona.Input in) {
        return db.inTransaction(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement i = LifecycleSchema.prepare(c, "INSERT INTO PERSONA (REGION_ID, NAME, DESCRIPTION, DRIVERS, ORIGIN, "
                    + "VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.name(), in.description(),
                    String.join("\n", in.drivers()), in.origin(), now, now)) {
                i.executeUpdate();
                try (ResultSet keys = i.getGeneratedKeys()) {
                    keys.next();
                    return lockedPersona(c, regionId, keys.getLong(1));
                }
            }
        });
    }

    Persona replacePersona(String regionId, long id, IfMatch ifMatch, Persona.Input in) {
        return db.inTransaction(c -> {
            long version = lockedPersona(c, regionId, id).version();
            ifMatch.check(version);
            try (PreparedStatement u = LifecycleSchema.prepare(c, "UPDATE PERSONA SET NAME = ?, DESCRIPTION = ?, DRIVERS = ?, ORIGIN = ?, "
                    + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND VERSION = ?", in.name(), in.description(),
                    String.join("\n", in.drivers()), in.origin(), Timestamp.from(Instant.now()), id, version)) {
                ItemStore.changedOrStale(u.executeUpdate());
            }
            return lockedPersona(c, regionId, id);
        });
    }

    void deletePersona(String regionId, long id, IfMatch ifMatch) {
        db.inTransaction(c -> {
            long version = lockedPersona(c, regionId, id).version();
            ifMatch.check(version);
            try (PreparedStatement d = LifecycleSchema.prepare(c, "DELETE FROM PERSONA WHERE ID = ? AND VERSION = ?", id, version)) {
                return ItemStore.changedOrStale(d.executeUpdate());
            }
        });
    }

    Optional<PopulationTarget> target(String regionId) {
        return db.inTransaction(c -> {
            try (PreparedStatement q = LifecycleSchema.prepare(c, "SELECT REGION_ID, NEW_RESIDENTS_LOW, NEW_RESIDENTS_HIGH, BASE_YEAR, "
                    + "TARGET_YEAR, SOURCE, VERSION, UPDATED_AT FROM POPULATION_TARGET WHERE REGION_ID = ?", regionId);
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new PopulationTarget(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant())) : Optional.empty();
            }
        });
    }

    /** Sets the target; a region without one may set it without If-Match, a change needs it. */
    PopulationTarget putTarget(String regionId, String ifMatchHeader, PopulationTarget.Input in) {
        db.inTransaction(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            Optional<Long> current = currentVersion(c, "SELECT VERSION FROM POPULATION_TARGET WHERE REGION_ID = ?", regionId);
            if (current.isEmpty()) {
                try (PreparedStatement i = LifecycleSchema.prepare(c, "INSERT INTO POPULATION_TARGET (REGION_ID, NEW_RESIDENTS_LOW, "
                        + "NEW_RESIDENTS_HIGH, BASE_YEAR, TARGET_YEAR, SOURCE, VERSION, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                        regionId, in.low(), in.high(), in.baseYear(), in.targetYear(), in.source(), now)) {
                    return i.executeUpdate();
                }
            }
            IfMatch.require(ifMatchHeader).check(current.get());
            try (PreparedStatement u = LifecycleSchema.prepare(c, "UPDATE POPULATION_TARGET SET NEW_RESIDENTS_LOW = ?, "
                    + "NEW_RESIDENTS_HIGH = ?, BASE_YEAR = ?, TARGET_YEAR = ?, SOURCE = ?, VERSION = VERSION + 1, UPDATED_AT = ? "
                    + "WHERE REGION_ID = ? AND VERSION = ?", in.low(), in.high(), in.baseYear(), in.targetYear(), in.source(),
                    now, regionId, current.get())) {
                return ItemStore.changedOrStale(u.executeUpdate());
            }
        });
        return target(regionId).orElseThrow();
    }

    List<InMovers> inMovers(String municipalityId) {
        return db.inTransaction(c -> inMovers(c, "SELECT MUNICIPALITY_ID, YEAR_COUNTED, IN_MOVERS, VERSION, UPDATED_AT FROM IN_MOVERS "
                + "WHERE MUNICIPALITY_ID = ? ORDER BY YEAR_COUNTED", municipalityId));
    }

    /** Sets a year's count; a new year needs no If-Match, a correction does. */
    InMovers putInMovers(String municipalityId, int year, String ifMatchHeader, int count) {
        db.inTransaction(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            Optional<Long> current = currentVersion(c, "SELECT VERSION FROM IN_MOVERS WHERE MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?",
                    municipalityId, year);
            if (current.isEmpty()) {
                try (PreparedStatement i = LifecycleSchema.prepare(c, "INSERT INTO IN_MOVERS (MUNICIPALITY_ID, YEAR_COUNTED, IN_MOVERS, "
                        + "VERSION, UPDATED_AT) VALUES (?, ?, ?, 1, ?)", municipalityId, year, count, now)) {
                    return i.executeUpdate();
                }
            }
            IfMatch.require(ifMatchHeader).check(current.get());
            try (PreparedStatement u = LifecycleSchema.prepare(c, "UPDATE IN_MOVERS SET IN_MOVERS = ?, VERSION = VERSION + 1, "
                    + "UPDATED_AT = ? WHERE MUNICIPALITY_ID = ? AND YEAR_COUNTED = ? AND VERSION = ?", count, now, municipalityId,
                    year, current.get())) {
                return ItemStore.changedOrStale(u.executeUpdate());
            }
        });
        return inMovers(municipalityId).stream().filter(m -> m.year() == year).findFirst().orElseThrow();
    }

    private static Optional<Long> currentVersion(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = LifecycleSchema.prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static Persona lockedPersona(Connection c, String regionId, long id) throws SQLException {
        return personas(c, "SELECT " + PERSONA + " FROM PERSONA WHERE REGION_ID = ? AND ID = ?", regionId, id).stream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Region '" + regionId + "' has no persona " + id + "."));
    }

    private static List<Persona> personas(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = LifecycleSchema.prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<Persona> personas = new ArrayList<>();
            while (rs.next()) {
                String drivers = rs.getString(5);
                personas.add(new Persona(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        drivers.isEmpty() ? List.of() : Arrays.asList(drivers.split("\n")), rs.getString(6), rs.getLong(7),
                        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant()));
            }
            return personas;
        }
    }

    private static List<InMovers> inMovers(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = LifecycleSchema.prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<InMovers> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(new InMovers(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getTimestamp(5).toInstant()));
            }
            return counts;
        }
    }
}
