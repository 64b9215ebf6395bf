package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.InvalidReferenceException;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;

/** Actions of a municipality's plan; linked items must be the municipality's own. */
@Component(service = ActionStore.class)
public final class ActionStore {

    private final SchemaAccess db;

    @Activate
    public ActionStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<CapacityAction> list(String municipalityId) {
        return db.transaction(tx -> list(tx, municipalityId));
    }

    static List<CapacityAction> list(Transaction tx, String municipalityId) throws SQLException {
        LocalDate today = LocalDate.now();
        return tx.list(r -> action(r, today), "SELECT * FROM CAPACITY_ACTION WHERE MUNICIPALITY_ID = ? ORDER BY ID",
                municipalityId);
    }

    CapacityAction get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    CapacityAction create(String municipalityId, CapacityActionInput in) {
        return create(municipalityId, in, new Origin(null, null));
    }

    /** An action another module's decision became, with where it came from. */
    CapacityAction create(String municipalityId, CapacityActionInput in, Origin origin) {
        return db.transaction(tx -> {
            checkItems(tx, municipalityId, in.itemIds());
            Instant now = Instant.now();
            long id = tx.insert("INSERT INTO CAPACITY_ACTION (MUNICIPALITY_ID, PHASE, ITEM_IDS, TITLE, RESPONSIBLE, DUE_DATE, "
                    + "STATUS, ORIGIN_MODULE, ORIGIN_REFERENCE, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", municipalityId, in.phase(), ids(in.itemIds()), in.title(),
                    in.responsible(), in.dueDate(), in.status(), origin.module(), origin.reference(), now, now);
            return get(tx, municipalityId, id);
        });
    }

    CapacityAction replace(String municipalityId, long id, ExpectedVersion expected, CapacityActionInput in) {
        return db.transaction(tx -> {
            checkItems(tx, municipalityId, in.itemIds());
            row(tx, municipalityId, id).update(expected, "PHASE = ?, ITEM_IDS = ?, TITLE = ?, RESPONSIBLE = ?, DUE_DATE = ?, "
                    + "STATUS = ?, UPDATED_AT = ?", in.phase(), ids(in.itemIds()), in.title(), in.responsible(), in.dueDate(),
                    in.status(), Instant.now());
            return get(tx, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    private static VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "CAPACITY_ACTION", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static void checkItems(Transaction tx, String municipalityId, List<Long> itemIds) throws SQLException {
        for (Long itemId : itemIds) {
            if (tx.number("SELECT COUNT(*) FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, itemId) == 0) {
                throw new InvalidReferenceException("itemIds", "item " + itemId + " is not one of this municipality's capacity items");
            }
        }
    }

    private static String ids(List<Long> itemIds) {
        return itemIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static CapacityAction get(Transaction tx, String municipalityId, long id) throws SQLException {
        LocalDate today = LocalDate.now();
        return tx.first(r -> action(r, today), "SELECT * FROM CAPACITY_ACTION WHERE MUNICIPALITY_ID = ? AND ID = ?",
                municipalityId, id).orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static String what(String municipalityId, long id) {
        return "action " + id + " of municipality '" + municipalityId + "'";
    }

    private static CapacityAction action(Row r, LocalDate today) throws SQLException {
        String links = r.text("ITEM_IDS");
        List<Long> itemIds = links.isEmpty() ? List.of() : Arrays.stream(links.split(",")).map(Long::valueOf).toList();
        LocalDate due = r.date("DUE_DATE");
        ActionStatus status = r.enumValue(ActionStatus.class, "STATUS");
        String originModule = r.text("ORIGIN_MODULE");
        return new CapacityAction(r.number("ID"), r.text("MUNICIPALITY_ID"), r.enumValue(Phase.class, "PHASE"), itemIds,
                r.text("TITLE"), r.text("RESPONSIBLE"), due, status, Readiness.isOverdue(due, status, today),
                originModule == null ? null : new Origin(originModule, r.text("ORIGIN_REFERENCE")), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }
}
