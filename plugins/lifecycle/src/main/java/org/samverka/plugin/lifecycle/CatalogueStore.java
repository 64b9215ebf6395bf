package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/** The capacity catalogue of each region; every query is bound to one region. */
@Component(service = CatalogueStore.class)
public final class CatalogueStore {

    private final SchemaAccess db;
    private final TenantDirectory tenants;
    private final History history;

    @Activate
    public CatalogueStore(@Reference LifecycleSchema schema, @Reference TenantDirectory tenants,
            @Reference History history) {
        this.db = schema.db();
        this.tenants = tenants;
        this.history = history;
    }

    /** A change of the catalogue changes every municipality's scores: each gets a snapshot once it has committed. */
    private <T> T recorded(String regionId, T written) {
        history.record(regionId, tenants.municipalitiesOf(regionId).stream().map(Municipality::id).toList());
        return written;
    }

    List<CatalogueEntry.Stored> all(String regionId) {
        return db.transaction(tx -> all(tx, regionId));
    }

    static List<CatalogueEntry.Stored> all(Transaction tx, String regionId) throws SQLException {
        return tx.list(CatalogueStore::entry, "SELECT * FROM CATALOGUE_ENTRY WHERE REGION_ID = ? ORDER BY ID", regionId);
    }

    CatalogueEntry.Stored get(String regionId, long id) {
        return db.transaction(tx -> get(tx, regionId, id));
    }

    CatalogueEntry.Stored create(String regionId, CatalogueEntryInput in) {
        Instant now = Instant.now();
        return recorded(regionId, db.transaction(tx -> get(tx, regionId, tx.insert("INSERT INTO CATALOGUE_ENTRY (REGION_ID, "
                + "PHASE, TITLE, DESCRIPTION, REGION_LEVEL, REGION_STATUS, RELIED_ON_BY, VERSION, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.phase(), in.title(), in.description(),
                in.regionLevel(), in.regionStatus(), lines(in.reliedOnBy()), now, now))));
    }

    /** A compare-and-set; an example becomes the region's own words. */
    CatalogueEntry.Stored replace(String regionId, long id, ExpectedVersion expected, CatalogueEntryInput in) {
        return recorded(regionId, db.transaction(tx -> {
            row(tx, regionId, id).update(expected, "PHASE = ?, EXAMPLE_KEY = NULL, TITLE = ?, DESCRIPTION = ?, "
                    + "REGION_LEVEL = ?, REGION_STATUS = ?, RELIED_ON_BY = ?, UPDATED_AT = ?", in.phase(), in.title(),
                    in.description(), in.regionLevel(), in.regionStatus(), lines(in.reliedOnBy()), Instant.now());
            return get(tx, regionId, id);
        }));
    }

    /** Items that met the entry stay, as their municipalities' own extra items. */
    void delete(String regionId, long id, ExpectedVersion expected) {
        recorded(regionId, db.transaction(tx -> row(tx, regionId, id).delete(expected)));
    }

    private static VersionedRow row(Transaction tx, String regionId, long id) {
        return tx.versionedRow(what(regionId, id), "CATALOGUE_ENTRY", "REGION_ID = ? AND ID = ?", regionId, id);
    }

    private static CatalogueEntry.Stored get(Transaction tx, String regionId, long id) throws SQLException {
        return tx.first(CatalogueStore::entry, "SELECT * FROM CATALOGUE_ENTRY WHERE REGION_ID = ? AND ID = ?", regionId, id)
                .orElseThrow(() -> new RowNotFoundException(what(regionId, id)));
    }

    private static String what(String regionId, long id) {
        return "catalogue entry " + id + " of region '" + regionId + "'";
    }

    private static String lines(List<String> ids) {
        return ids == null ? null : String.join("\n", ids);
    }

    private static CatalogueEntry.Stored entry(Row r) throws SQLException {
        String reliant = r.text("RELIED_ON_BY");
        return new CatalogueEntry.Stored(r.number("ID"), r.text("REGION_ID"), r.enumValue(Phase.class, "PHASE"),
                r.text("EXAMPLE_KEY"), r.text("TITLE"), r.text("DESCRIPTION"), r.flag("REGION_LEVEL"),
                r.enumValue(ItemStatus.class, "REGION_STATUS"),
                reliant == null ? null : reliant.isEmpty() ? List.of() : Arrays.asList(reliant.split("\n")),
                r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }
}
