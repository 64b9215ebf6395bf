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
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.TransactionWork;
import org.samverka.api.storage.VersionedRow;

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
        return db.inTransaction(c -> findPersona(c, regionId, id));
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
                    return findPersona(c, regionId, keys.getLong(1));
                }
            }
        });
    }

    Persona replacePersona(String regionId, long id, ExpectedVersion expected, Persona.Input in) {
        return db.inTransaction(c -> {
            persona(c, regionId, id).update(expected, "NAME = ?, DESCRIPTION = ?, DRIVERS = ?, ORIGIN = ?, UPDATED_AT = ?",
                    in.name(), in.description(), String.join("\n", in.drivers()), in.origin(), Timestamp.from(Instant.now()));
            return findPersona(c, regionId, id);
        });
    }

    void deletePersona(String regionId, long id, ExpectedVersion expected) {
        db.inTransaction(c -> {
            persona(c, regionId, id).delete(expected);
            return null;
        });
    }

    private static VersionedRow persona(Connection c, String regionId, long id) {
        return VersionedRow.of(c, "persona " + id + " of region '" + regionId + "'", "PERSONA", "REGION_ID = ? AND ID = ?",
                regionId, id);
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

    /**
     * Sets the target. Without If-Match the request only creates it; with If-Match it changes the
     * target at that version (404 while there is none, 412 when stale).
     */
    PopulationTarget putTarget(String regionId, String ifMatchHeader, PopulationTarget.Input in) {
        Timestamp now = Timestamp.from(Instant.now());
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            createOnly("Region '" + regionId + "' already has a population target: send If-Match with the ETag of your "
                    + "last GET to change it.", c -> LifecycleSchema.prepare(c, "INSERT INTO POPULATION_TARGET (REGION_ID, "
                    + "NEW_RESIDENTS_LOW, NEW_RESIDENTS_HIGH, BASE_YEAR, TARGET_YEAR, SOURCE, VERSION, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 1, ?)", regionId, in.low(), in.high(), in.baseYear(), in.targetYear(),
                    in.source(), now));
        } else {
            ExpectedVersion expected = IfMatch.require(ifMatchHeader);
            db.inTransaction(c -> VersionedRow.of(c, "population target of region '" + regionId + "'", "POPULATION_TARGET",
                    "REGION_ID = ?", regionId).update(expected, "NEW_RESIDENTS_LOW = ?, NEW_RESIDENTS_HIGH = ?, BASE_YEAR = ?, "
                    + "TARGET_YEAR = ?, SOURCE = ?, UPDATED_AT = ?", in.low(), in.high(), in.baseYear(), in.targetYear(),
                    in.source(), now));
        }
        return target(regionId).orElseThrow();
    }

    List<InMovers> inMovers(String municipalityId) {
        return db.inTransaction(c -> inMovers(c, "SELECT MUNICIPALITY_ID, YEAR_COUNTED, IN_MOVERS, VERSION, UPDATED_AT FROM IN_MOVERS "
                + "WHERE MUNICIPALITY_ID = ? ORDER BY YEAR_COUNTED", municipalityId));
    }

    /**
     * Sets a year's count. Without If-Match the request only creates it (a new year); with If-Match
     * it corrects the count at that version (404 while the year is not counted, 412 when stale).
     */
    InMovers putInMovers(String municipalityId, int year, String ifMatchHeader, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            createOnly(year + " is already counted for municipality '" + municipalityId + "': send If-Match with the "
                    + "ETag of your last GET to correct it.", c -> LifecycleSchema.prepare(c, "INSERT INTO IN_MOVERS "
                    + "(MUNICIPALITY_ID, YEAR_COUNTED, IN_MOVERS, VERSION, UPDATED_AT) VALUES (?, ?, ?, 1, ?)",
                    municipalityId, year, count, now));
        } else {
            ExpectedVersion expected = IfMatch.require(ifMatchHeader);
            db.inTransaction(c -> VersionedRow.of(c, "count of " + year + " for municipality '" + municipalityId + "'",
                    "IN_MOVERS", "MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?", municipalityId, year)
                    .update(expected, "IN_MOVERS = ?, UPDATED_AT = ?", count, now));
        }
        return inMovers(municipalityId).stream().filter(m -> m.year() == year).findFirst().orElseThrow();
    }

    /** An insert of a row keyed by what the client named: 428 when it exists, also when another request created it just now. */
    private void createOnly(String whenItExists, TransactionWork<PreparedStatement> insert) {
        try {
            db.inTransaction(c -> {
                try (PreparedStatement statement = insert.execute(c)) {
                    return statement.executeUpdate();
                }
            });
        } catch (DuplicateKeyException exists) {
            throw ApiProblem.preconditionRequired(whenItExists);
        }
    }

    private static Persona findPersona(Connection c, String regionId, long id) throws SQLException {
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
