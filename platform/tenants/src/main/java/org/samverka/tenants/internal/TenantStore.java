package org.samverka.tenants.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.storage.ConflictException;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.InvalidReferenceException;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.TransactionBody;
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
    private static final Logger LOG = LoggerFactory.getLogger(TenantStore.class);

    private final SchemaAccess db;
    private final TenantCache cache;
    private final List<TenantRemovalListener> removalListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "samverka-tenant-changes");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public TenantStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(SCHEMA, context.getBundle());
        this.cache = new TenantCache(db);
        watcher.scheduleWithFixedDelay(this::checkForChangesByOtherNodes, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        watcher.shutdownNow();
    }

    private void checkForChangesByOtherNodes() {
        try {
            cache.checkDatabase();
        } catch (RuntimeException databaseBusyOrClosing) {
            LOG.debug("Could not look for tenant changes by other nodes this time", databaseBusyOrClosing);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRemovalListener(TenantRemovalListener listener) {
        removalListeners.add(listener);
    }

    void removeRemovalListener(TenantRemovalListener listener) {
        removalListeners.remove(listener);
    }

    /** Tenants and enablements as of the last change, from memory. */
    TenantSnapshot snapshot() {
        return cache.get();
    }

    /** Every change to tenants or enablements runs here, so that the copy in memory follows it. */
    <T> T write(TransactionBody<T> change) {
        return cache.write(change);
    }

    @Override
    public List<Region> regions() {
        return cache.get().regionList();
    }

    @Override
    public Optional<Region> region(String regionId) {
        return cache.get().region(regionId);
    }

    @Override
    public Optional<Municipality> municipality(String municipalityId) {
        return cache.get().municipality(municipalityId);
    }

    @Override
    public List<Municipality> municipalitiesOf(String regionId) {
        return cache.get().municipalitiesOf(regionId);
    }

    /** 409 when the id is taken now or was ever taken. */
    Region createRegion(RegionInput in) {
        try {
            return cache.write(tx -> {
                insertRegion(tx, in, Instant.now());
                return region(tx, in.id()).orElseThrow();
            });
        } catch (DuplicateKeyException taken) {
            throw idTaken(TenantKind.REGION, in.id());
        }
    }

    Region replaceRegion(String id, ExpectedVersion expected, RegionInput in) {
        return cache.write(tx -> {
            tx.versionedRow("region '" + id + "'", "REGION", "ID = ?", id).update(expected,
                    "CODE = ?, NAME = ?, COUNTRY = ?, UPDATED_AT = ?", in.code(), in.name(), in.country(), Instant.now());
            rename(tx, TenantKind.REGION, id, in.name());
            return region(tx, id).orElseThrow();
        });
    }

    /** 409 while it has municipalities. Its module enablements go with it; its id is retired. */
    void deleteRegion(String id, ExpectedVersion expected) {
        cache.write(tx -> {
            if (!municipalitiesOf(tx, id).isEmpty()) {
                throw new ConflictException("Region '" + id + "' still has municipalities; delete or move them first.");
            }
            // Deleting first takes the row's lock: a municipality created into the region at the
            // same moment now either committed (the foreign key refuses this delete) or waits.
            tx.versionedRow("region '" + id + "'", "REGION", "ID = ?", id).delete(expected);
            tx.update("DELETE FROM MODULE_ENABLEMENT WHERE TENANT_KIND = 'REGION' AND TENANT_ID = ?", id);
            return retire(tx, TenantKind.REGION, id);
        });
        removed(TenantKind.REGION, id);
    }

    /** 404 when the region does not exist; 409 when the id is taken now or was ever taken. */
    Municipality createMunicipality(String regionId, MunicipalityInput in) {
        try {
            return cache.write(tx -> {
                if (region(tx, regionId).isEmpty()) {
                    throw new RowNotFoundException("region '" + regionId + "'");
                }
                insertMunicipality(tx, regionId, in, Instant.now());
                return municipality(tx, in.id()).orElseThrow();
            });
        } catch (DuplicateKeyException taken) {
            throw idTaken(TenantKind.MUNICIPALITY, in.id());
        }
    }

    Municipality replaceMunicipality(String id, ExpectedVersion expected, MunicipalityInput in) {
        return cache.write(tx -> {
            Municipality current = municipality(tx, id).orElseThrow(() -> new RowNotFoundException("municipality '" + id + "'"));
            String regionId = in.regionId() == null ? current.regionId() : in.regionId();
            if (region(tx, regionId).isEmpty()) {
                throw new InvalidReferenceException("regionId", "names no existing region");
            }
            tx.versionedRow("municipality '" + id + "'", "MUNICIPALITY", "ID = ?", id).update(expected,
                    "REGION_ID = ?, CODE = ?, NAME = ?, UPDATED_AT = ?", regionId, in.code(), in.name(), Instant.now());
            rename(tx, TenantKind.MUNICIPALITY, id, in.name());
            return municipality(tx, id).orElseThrow();
        });
    }

    /** 409 while it uses modules; its id is retired. */
    void deleteMunicipality(String id, ExpectedVersion expected) {
        cache.write(tx -> {
            // Deleting first takes the row's lock, which enabling a module takes too: an enablement
            // committed a moment ago is seen below, and one that comes later finds no municipality.
            tx.versionedRow("municipality '" + id + "'", "MUNICIPALITY", "ID = ?", id).delete(expected);
            Optional<String> used = tx.first(r -> r.text("MODULE_ID"),
                    "SELECT MODULE_ID FROM MODULE_ENABLEMENT WHERE TENANT_KIND = 'MUNICIPALITY' AND TENANT_ID = ?", id);
            if (used.isPresent()) {
                throw new ConflictException("Municipality '" + id + "' still uses module '" + used.get()
                        + "'; disable its modules first so that no module data is orphaned by accident.");
            }
            return retire(tx, TenantKind.MUNICIPALITY, id);
        });
        removed(TenantKind.MUNICIPALITY, id);
    }

    /**
     * Takes the tenant's row lock for the rest of the transaction, so that the tenant cannot be
     * deleted under a change that depends on it. 404 when there is no such tenant.
     */
    static void lockTenant(Transaction tx, TenantKind kind, String id) throws SQLException {
        if (tx.update("UPDATE " + table(kind) + " SET VERSION = VERSION WHERE ID = ?", id) == 0) {
            throw new RowNotFoundException((kind == TenantKind.REGION ? "region '" : "municipality '") + id + "'");
        }
    }

    /** Inserts a region and claims its id; {@link DuplicateKeyException} when the id was ever taken. */
    static void insertRegion(Transaction tx, RegionInput in, Instant now) throws SQLException {
        claimId(tx, TenantKind.REGION, in.id(), in.name(), now);
        tx.update("INSERT INTO REGION (ID, CODE, NAME, COUNTRY, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, 1, ?, ?)",
                in.id(), in.code(), in.name(), in.country(), now, now);
    }

    /** Inserts a municipality and claims its id; {@link DuplicateKeyException} when the id was ever taken. */
    static void insertMunicipality(Transaction tx, String regionId, MunicipalityInput in, Instant now) throws SQLException {
        claimId(tx, TenantKind.MUNICIPALITY, in.id(), in.name(), now);
        tx.update("INSERT INTO MUNICIPALITY (ID, REGION_ID, CODE, NAME, VERSION, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, 1, ?, ?)", in.id(), regionId, in.code(), in.name(), now, now);
    }

    private static void claimId(Transaction tx, TenantKind kind, String id, String name, Instant now) throws SQLException {
        tx.update("INSERT INTO TENANT_ID (TENANT_KIND, TENANT_ID, NAME, CREATED_AT) VALUES (?, ?, ?, ?)", kind, id, name, now);
    }

    private static void rename(Transaction tx, TenantKind kind, String id, String name) throws SQLException {
        tx.update("UPDATE TENANT_ID SET NAME = ? WHERE TENANT_KIND = ? AND TENANT_ID = ?", name, kind, id);
    }

    private static int retire(Transaction tx, TenantKind kind, String id) throws SQLException {
        return tx.update("UPDATE TENANT_ID SET RETIRED_AT = ? WHERE TENANT_KIND = ? AND TENANT_ID = ?", Instant.now(), kind, id);
    }

    /** Why an id cannot be had: a tenant has it, or had it once. */
    private ConflictException idTaken(TenantKind kind, String id) {
        String noun = kind == TenantKind.REGION ? "region" : "municipality";
        Optional<String> retired = db.transaction(tx -> tx.first(r -> r.instant("RETIRED_AT") == null ? null
                : "the " + noun + " '" + r.text("NAME") + "', deleted on "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(r.instant("RETIRED_AT").atOffset(ZoneOffset.UTC)),
                "SELECT NAME, RETIRED_AT FROM TENANT_ID WHERE TENANT_KIND = ? AND TENANT_ID = ?", kind, id));
        return new ConflictException(retired.map(who -> "The id '" + id + "' belonged to " + who + ". Ids are never given "
                + "out twice, so that module data kept under it can never pass to another " + noun + ". Choose another id.")
                .orElse("A " + noun + " with id '" + id + "' already exists."));
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

    private static Optional<Region> region(Transaction tx, String id) throws SQLException {
        return tx.first(TenantStore::region, "SELECT * FROM REGION WHERE ID = ?", id);
    }

    private static Optional<Municipality> municipality(Transaction tx, String id) throws SQLException {
        return tx.first(TenantStore::municipality, "SELECT * FROM MUNICIPALITY WHERE ID = ?", id);
    }

    static List<Municipality> municipalitiesOf(Transaction tx, String regionId) throws SQLException {
        return tx.list(TenantStore::municipality, "SELECT * FROM MUNICIPALITY WHERE REGION_ID = ? ORDER BY NAME", regionId);
    }

    static Region region(Row r) throws SQLException {
        return new Region(r.text("ID"), r.text("CODE"), r.text("NAME"), r.text("COUNTRY").trim(), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }

    static Municipality municipality(Row r) throws SQLException {
        return new Municipality(r.text("ID"), r.text("REGION_ID"), r.text("CODE"), r.text("NAME"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }
}
