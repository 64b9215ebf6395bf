package org.samverka.tenants.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;
import org.samverka.api.tenant.TenantDirectory;

/** Regions and municipalities in the platform's {@code SAMVERKA} schema. */
@Component(service = {TenantDirectory.class, TenantStore.class})
public final class TenantStore implements TenantDirectory {

    static final String SCHEMA = "samverka";
    private static final String REGION_COLUMNS = "ID, CODE, NAME, COUNTRY, VERSION, CREATED_AT, UPDATED_AT";
    private static final String MUNICIPALITY_COLUMNS = "ID, REGION_ID, CODE, NAME, VERSION, CREATED_AT, UPDATED_AT";

    private final SchemaAccess db;

    @Activate
    public TenantStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(SCHEMA, context.getBundle());
    }

    SchemaAccess schema() {
        return db;
    }

    @Override
    public List<Region> regions() {
        return db.inTransaction(c -> queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION ORDER BY NAME"));
    }

    @Override
    public Optional<Region> region(String regionId) {
        return db.inTransaction(c -> queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ?", regionId))
                .stream().findFirst();
    }

    @Override
    public Optional<Municipality> municipality(String municipalityId) {
        return db.inTransaction(c -> queryMunicipalities(c,
                "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE ID = ?", municipalityId)).stream().findFirst();
    }

    @Override
    public List<Municipality> municipalitiesOf(String regionId) {
        return db.inTransaction(c -> queryMunicipalities(c,
                "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE REGION_ID = ? ORDER BY NAME", regionId));
    }

    Region createRegion(RegionInput in) {
        return db.inTransaction(c -> {
            if (!queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ?", in.id()).isEmpty()) {
                throw ApiProblem.conflict("A region with id '" + in.id() + "' already exists.");
            }
            Timestamp now = Timestamp.from(Instant.now());
            update(c, "INSERT INTO REGION (" + REGION_COLUMNS + ") VALUES (?, ?, ?, ?, 1, ?, ?)",
                    in.id(), in.code(), in.name(), in.country(), now, now);
            return queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ?", in.id()).get(0);
        });
    }

    Region replaceRegion(String id, IfMatch ifMatch, RegionInput in) {
        return db.inTransaction(c -> {
            Region current = lockedRegion(c, id);
            ifMatch.check(current.version());
            update(c, "UPDATE REGION SET CODE = ?, NAME = ?, COUNTRY = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?",
                    in.code(), in.name(), in.country(), Timestamp.from(Instant.now()), id);
            return lockedRegion(c, id);
        });
    }

    void deleteRegion(String id, IfMatch ifMatch) {
        db.inTransaction(c -> {
            ifMatch.check(lockedRegion(c, id).version());
            if (!queryMunicipalities(c, "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE REGION_ID = ?", id).isEmpty()) {
                throw ApiProblem.conflict("Region '" + id + "' still has municipalities; delete or move them first.");
            }
            update(c, "DELETE FROM MODULE_ENABLEMENT WHERE TENANT_KIND = 'REGION' AND TENANT_ID = ?", id);
            return update(c, "DELETE FROM REGION WHERE ID = ?", id);
        });
    }

    Municipality createMunicipality(String regionId, MunicipalityInput in) {
        return db.inTransaction(c -> {
            lockedRegion(c, regionId);
            if (!queryMunicipalities(c, "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE ID = ?", in.id()).isEmpty()) {
                throw ApiProblem.conflict("A municipality with id '" + in.id() + "' already exists.");
            }
            Timestamp now = Timestamp.from(Instant.now());
            update(c, "INSERT INTO MUNICIPALITY (" + MUNICIPALITY_COLUMNS + ") VALUES (?, ?, ?, ?, 1, ?, ?)",
                    in.id(), regionId, in.code(), in.name(), now, now);
            return lockedMunicipality(c, in.id());
        });
    }

    Municipality replaceMunicipality(String id, IfMatch ifMatch, MunicipalityInput in) {
        return db.inTransaction(c -> {
            Municipality current = lockedMunicipality(c, id);
            ifMatch.check(current.version());
            String regionId = in.regionId() == null ? current.regionId() : in.regionId();
            if (queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ?", regionId).isEmpty()) {
                throw ApiProblem.invalid("regionId", "names no existing region");
            }
            update(c, "UPDATE MUNICIPALITY SET REGION_ID = ?, CODE = ?, NAME = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?",
                    regionId, in.code(), in.name(), Timestamp.from(Instant.now()), id);
            return lockedMunicipality(c, id);
        });
    }

    void deleteMunicipality(String id, IfMatch ifMatch) {
        db.inTransaction(c -> {
            ifMatch.check(lockedMunicipality(c, id).version());
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT MODULE_ID FROM MODULE_ENABLEMENT WHERE TENANT_KIND = 'MUNICIPALITY' AND TENANT_ID = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        throw ApiProblem.conflict("Municipality '" + id + "' still uses module '" + rs.getString(1)
                                + "'; disable its modules first so that no module data is orphaned by accident.");
                    }
                }
            }
            return update(c, "DELETE FROM MUNICIPALITY WHERE ID = ?", id);
        });
    }

    /** Reads the region inside the transaction, locking its row so concurrent changes queue up. */
    private static Region lockedRegion(Connection c, String id) throws SQLException {
        List<Region> found = queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("There is no region '" + id + "'.");
        }
        return found.get(0);
    }

    private static Municipality lockedMunicipality(Connection c, String id) throws SQLException {
        List<Municipality> found = queryMunicipalities(c,
                "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE ID = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("There is no municipality '" + id + "'.");
        }
        return found.get(0);
    }

    static List<Region> queryRegions(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<Region> regions = new ArrayList<>();
            while (rs.next()) {
                regions.add(new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4).trim(),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
            }
            return regions;
        }
    }

    static List<Municipality> queryMunicipalities(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<Municipality> municipalities = new ArrayList<>();
            while (rs.next()) {
                municipalities.add(new Municipality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
            }
            return municipalities;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement u = prepare(c, sql, args)) {
            return u.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
