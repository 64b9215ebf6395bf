package org.samverka.tenants.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.VersionedRow;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;
import org.samverka.api.tenant.TenantRemovalListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regions and municipalities in the platform's {@code SAMVERKA} schema. A tenant id is given out
 * once: {@code TENANT_ID} keeps every id ever created, so a deleted tenant's id, and the module
 * data recorded under it, never passes to a new tenant.
 */
@Component(service = {TenantDirectory.class, TenantStore.class})
public final class TenantStore implements TenantDirectory {

    static final String SCHEMA = "samverka";
    private static final String REGION_COLUMNS = "ID, CODE, NAME, COUNTRY, VERSION, CREATED_AT, UPDATED_AT";
    private static final String MUNICIPALITY_COLUMNS = "ID, REGION_ID, CODE, NAME, VERSION, CREATED_AT, UPDATED_AT";
    private static final Logger LOG = LoggerFactory.getLogger(TenantStore.class);

    private final SchemaAccess db;
    private final List<TenantRemovalListener> removalListeners = new CopyOnWriteArrayList<>();

    @Activate
    public TenantStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(SCHEMA, context.getBundle());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRemovalListener(TenantRemovalListener listener) {
        removalListeners.add(listener);
    }

    void removeRemovalListener(TenantRemovalListener listener) {
        removalListeners.remove(listener);
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
        return db.inTransaction(c -> region(c, regionId));
    }

    @Override
    public Optional<Municipality> municipality(String municipalityId) {
        return db.inTransaction(c -> municipality(c, municipalityId));
    }

    @Override
    public List<Municipality> municipalitiesOf(String regionId) {
        return db.inTransaction(c -> queryMunicipalities(c,
                "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE REGION_ID = ? ORDER BY NAME", regionId));
    }

    /** 409 when the id is taken now or was ever taken. */
    Region createRegion(RegionInput in) {
        try {
            return db.inTransaction(c -> {
                insertRegion(c, in, Instant.now());
                return region(c, in.id()).orElseThrow();
            });
        } catch (DuplicateKeyException taken) {
            throw idTaken(TenantKind.REGION, in.id());
        }
    }

    Region replaceRegion(String id, ExpectedVersion expected, RegionInput in) {
        return db.inTransaction(c -> {
            VersionedRow.of(c, "region '" + id + "'", "REGION", "ID = ?", id).update(expected,
                    "CODE = ?, NAME = ?, COUNTRY = ?, UPDATED_AT = ?", in.code(), in.name(), in.country(), now());
            rename(c, TenantKind.REGION, id, in.name());
            return region(c, id).orElseThrow();
        });
    }

    /** 409 while it has municipalities. Its module enablements go with it; its id is retired. */
    void deleteRegion(String id, ExpectedVersion expected) {
        db.inTransaction(c -> {
            if (!queryMunicipalities(c, "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE REGION_ID = ?", id).isEmpty()) {
                throw ApiProblem.conflict("Region '" + id + "' still has municipalities; delete or move them first.");
            }
            // Deleting first takes the row's lock: a municipality created into the region at the
            // same moment now either committed (the foreign key refuses this delete) or waits.
            VersionedRow.of(c, "region '" + id + "'", "REGION", "ID = ?", id).delete(expected);
            update(c, "DELETE FROM MODULE_ENABLEMENT WHERE TENANT_KIND = 'REGION' AND TENANT_ID = ?", id);
            return retire(c, TenantKind.REGION, id);
        });
        removed(TenantKind.REGION, id);
    }

    /** 404 when the region does not exist; 409 when the id is taken now or was ever taken. */
    Municipality createMunicipality(String regionId, MunicipalityInput in) {
        try {
            return db.inTransaction(c -> {
                if (region(c, regionId).isEmpty()) {
                    throw ApiProblem.notFound("There is no region '" + regionId + "'.");
                }
                insertMunicipality(c, regionId, in, Instant.now());
                return municipality(c, in.id()).orElseThrow();
            });
        } catch (DuplicateKeyException taken) {
            throw idTaken(TenantKind.MUNICIPALITY, in.id());
        }
    }

    Municipality replaceMunicipality(String id, ExpectedVersion expected, MunicipalityInput in) {
        return db.inTransaction(c -> {
            Municipality current = municipality(c, id)
                    .orElseThrow(() -> ApiProblem.notFound("There is no municipality '" + id + "'."));
            String regionId = in.regionId() == null ? current.regionId() : in.regionId();
            if (region(c, regionId).isEmpty()) {
                throw ApiProblem.invalid("regionId", "names no existing region");
            }
            VersionedRow.of(c, "municipality '" + id + "'", "MUNICIPALITY", "ID = ?", id).update(expected,
                    "REGION_ID = ?, CODE = ?, NAME = ?, UPDATED_AT = ?", regionId, in.code(), in.name(), now());
            rename(c, TenantKind.MUNICIPALITY, id, in.name());
            return municipality(c, id).orElseThrow();
        });
    }

    /** 409 while it uses modules; its id is retired. */
    void deleteMunicipality(String id, ExpectedVersion expected) {
        db.inTransaction(c -> {
            // Deleting first takes the row's lock, which enabling a module takes too: an enablement
            // committed a moment ago is seen below, and one that comes later finds no municipality.
            VersionedRow.of(c, "municipality '" + id + "'", "MUNICIPALITY", "ID = ?", id).delete(expected);
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
            return retire(c, TenantKind.MUNICIPALITY, id);
        });
        removed(TenantKind.MUNICIPALITY, id);
    }

    /**
     * Takes the tenant's row lock for the rest of the transaction, so that the tenant cannot be
     * deleted under a change that depends on it. 404 when there is no such tenant.
     */
    static void lockTenant(Connection c, TenantKind kind, String id) throws SQLException {
        if (update(c, "UPDATE " + table(kind) + " SET VERSION = VERSION WHERE ID = ?", id) == 0) {
            throw ApiProblem.notFound("There is no " + (kind == TenantKind.REGION ? "region '" : "municipality '") + id + "'.");
        }
    }

    /** Inserts a region and claims its id; {@link DuplicateKeyException} when the id was ever taken. */
    static void insertRegion(Connection c, RegionInput in, Instant at) throws SQLException {
        Timestamp now = Timestamp.from(at);
        claimId(c, TenantKind.REGION, in.id(), in.name(), now);
        update(c, "INSERT INTO REGION (" + REGION_COLUMNS + ") VALUES (?, ?, ?, ?, 1, ?, ?)",
                in.id(), in.code(), in.name(), in.country(), now, now);
    }

    /** Inserts a municipality and claims its id; {@link DuplicateKeyException} when the id was ever taken. */
    static void insertMunicipality(Connection c, String regionId, MunicipalityInput in, Instant at) throws SQLException {
        Timestamp now = Timestamp.from(at);
        claimId(c, TenantKind.MUNICIPALITY, in.id(), in.name(), now);
        update(c, "INSERT INTO MUNICIPALITY (" + MUNICIPALITY_COLUMNS + ") VALUES (?, ?, ?, ?, 1, ?, ?)",
                in.id(), regionId, in.code(), in.name(), now, now);
    }

    private static void claimId(Connection c, TenantKind kind, String id, String name, Timestamp now) throws SQLException {
        update(c, "INSERT INTO TENANT_ID (TENANT_KIND, TENANT_ID, NAME, CREATED_AT) VALUES (?, ?, ?, ?)",
                kind.name(), id, name, now);
    }

    private static void rename(Connection c, TenantKind kind, String id, String name) throws SQLException {
        update(c, "UPDATE TENANT_ID SET NAME = ? WHERE TENANT_KIND = ? AND TENANT_ID = ?", name, kind.name(), id);
    }

    private static int retire(Connection c, TenantKind kind, String id) throws SQLException {
        return update(c, "UPDATE TENANT_ID SET RETIRED_AT = ? WHERE TENANT_KIND = ? AND TENANT_ID = ?", now(), kind.name(), id);
    }

    /** Why an id cannot be had: a tenant has it, or had it once. */
    private ApiProblem idTaken(TenantKind kind, String id) {
        String noun = kind == TenantKind.REGION ? "region" : "municipality";
        return db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT NAME, RETIRED_AT FROM TENANT_ID WHERE TENANT_KIND = ? AND TENANT_ID = ?")) {
                q.setString(1, kind.name());
                q.setString(2, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getTimestamp(2) != null) {
                        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC));
                        return ApiProblem.conflict("The id '" + id + "' belonged to the " + noun + " '" + rs.getString(1)
                                + "', deleted on " + day + ". Ids are never given out twice, so that module data kept "
                                + "under it can never pass to another " + noun + ". Choose another id.");
                    }
                }
            }
            return ApiProblem.conflict("A " + noun + " with id '" + id + "' already exists.");
        });
    }

    private void removed(TenantKind kind, String id) {
        LOG.info("Deleted {} '{}'; its id is retired", kind == TenantKind.REGION ? "region" : "municipality", id);
        for (TenantRemovalListener listener : removalListeners) {
            try {
                listener.removed(kind, id);
            } catch (RuntimeException e) {
                LOG.error("A tenant removal listener failed for {} '{}'", kind, id, e);
            }
        }
    }

    private static String table(TenantKind kind) {
        return kind == TenantKind.REGION ? "REGION" : "MUNICIPALITY";
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Optional<Region> region(Connection c, String id) throws SQLException {
        return queryRegions(c, "SELECT " + REGION_COLUMNS + " FROM REGION WHERE ID = ?", id).stream().findFirst();
    }

    private static Optional<Municipality> municipality(Connection c, String id) throws SQLException {
        return queryMunicipalities(c, "SELECT " + MUNICIPALITY_COLUMNS + " FROM MUNICIPALITY WHERE ID = ?", id).stream().findFirst();
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
