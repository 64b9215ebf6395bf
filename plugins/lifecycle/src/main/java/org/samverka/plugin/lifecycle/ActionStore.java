package org.samverka.plugin.lifecycle;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.VersionedRow;

/** Actions of a municipality's plan; linked items must be the municipality's own. */
@Component(service = ActionStore.class)
public final class ActionStore {

    private static final String COLUMNS = "ID, MUNICIPALITY_ID, PHASE, ITEM_IDS, TITLE, RESPONSIBLE, DUE_DATE, STATUS, VERSION, "
            + "CREATED_AT, UPDATED_AT";

    private final SchemaAccess db;

    @Activate
    public ActionStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<CapacityAction> list(String municipalityId) {
        return db.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM CAPACITY_ACTION WHERE MUNICIPALITY_ID = ? ORDER BY ID",
                municipalityId));
    }

    CapacityAction get(String municipalityId, long id) {
        return db.inTransaction(c -> find(c, municipalityId, id));
    }

    CapacityAction create(String municipalityId, CapacityActionInput in) {
        return db.inTransaction(c -> {
            checkItems(c, municipalityId, in.itemIds());
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement i = LifecycleSchema.prepare(c, "INSERT INTO CAPACITY_ACTION (MUNICIPALITY_ID, PHASE, ITEM_IDS, "
                    + "TITLE, RESPONSIBLE, DUE_DATE, STATUS, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    municipalityId, in.phase(), ids(in.itemIds()), in.title(), in.responsible(), date(in.dueDate()),
                    in.status(), now, now)) {
                i.executeUpdate();
                try (ResultSet keys = i.getGeneratedKeys()) {
                    keys.next();
                    return find(c, municipalityId, keys.getLong(1));
                }
            }
        });
    }

    CapacityAction replace(String municipalityId, long id, ExpectedVersion expected, CapacityActionInput in) {
        return db.inTransaction(c -> {
            checkItems(c, municipalityId, in.itemIds());
            row(c, municipalityId, id).update(expected, "PHASE = ?, ITEM_IDS = ?, TITLE = ?, RESPONSIBLE = ?, DUE_DATE = ?, "
                    + "STATUS = ?, UPDATED_AT = ?", in.phase(), ids(in.itemIds()), in.title(), in.responsible(),
                    date(in.dueDate()), in.status(), Timestamp.from(Instant.now()));
            return find(c, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.inTransaction(c -> {
            row(c, municipalityId, id).delete(expected);
            return null;
        });
    }

    private static VersionedRow row(Connection c, String municipalityId, long id) {
        return VersionedRow.of(c, "action " + id + " of municipality '" + municipalityId + "'", "CAPACITY_ACTION",
                "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static void checkItems(Connection c, String municipalityId, List<Long> itemIds) throws SQLException {
        for (Long itemId : itemIds) {
            try (PreparedStatement q = LifecycleSchema.prepare(c,
                    "SELECT 1 FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, itemId);
                    ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw ApiProblem.invalid("itemIds", "item " + itemId + " is not one of this municipality's capacity items");
                }
            }
        }
    }

    private static String ids(List<Long> itemIds) {
        return itemIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static CapacityAction find(Connection c, String municipalityId, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM CAPACITY_ACTION WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .stream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Municipality '" + municipalityId + "' has no action " + id + "."));
    }

    private static List<CapacityAction> query(Connection c, String sql, Object... args) throws SQLException {
        LocalDate today = LocalDate.now();
        try (PreparedStatement q = LifecycleSchema.prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<CapacityAction> actions = new ArrayList<>();
            while (rs.next()) {
                String links = rs.getString(4);
                List<Long> itemIds = links.isEmpty() ? List.of() : Arrays.stream(links.split(",")).map(Long::valueOf).toList();
                Date due = rs.getDate(7);
                LocalDate dueDate = due == null ? null : due.toLocalDate();
                ActionStatus status = ActionStatus.valueOf(rs.getString(8));
                actions.add(new CapacityAction(rs.getLong(1), rs.getString(2), Phase.valueOf(rs.getString(3)), itemIds,
                        rs.getString(5), rs.getString(6), dueDate, status, Readiness.isOverdue(dueDate, status, today),
                        rs.getLong(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant()));
            }
            return actions;
        }
    }
}
