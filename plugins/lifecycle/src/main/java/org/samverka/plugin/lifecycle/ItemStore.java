package org.samverka.plugin.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.VersionedRow;

/** Capacity items; every query is bound to one municipality. */
@Component(service = ItemStore.class)
public final class ItemStore {

    private static final String COLUMNS = "ID, MUNICIPALITY_ID, PHASE, KIND, TITLE, DESCRIPTION, RESPONSIBLE, CONTACT, "
            + "STATUS, NOTES, DEMO, VERSION, CREATED_AT, UPDATED_AT";

    /** Optional filters of a listing; null means any. */
    record Filter(Phase phase, ItemStatus status, ItemKind kind) {
    }

    private final SchemaAccess db;

    @Activate
    public ItemStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<CapacityItem> all(String municipalityId) {
        return list(municipalityId, new Filter(null, null, null), 0, Integer.MAX_VALUE);
    }

    List<CapacityItem> list(String municipalityId, Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ?");
        List<Object> args = new ArrayList<>(List.of(municipalityId));
        where(sql, args, filter);
        sql.append(" ORDER BY ID OFFSET ").append(offset).append(" ROWS");
        if (limit < Integer.MAX_VALUE) {
            sql.append(" FETCH NEXT ").append(limit).append(" ROWS ONLY");
        }
        return db.inTransaction(c -> query(c, sql.toString(), args.toArray()));
    }

    long count(String municipalityId, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ?");
        List<Object> args = new ArrayList<>(List.of(municipalityId));
        where(sql, args, filter);
        return db.inTransaction(c -> {
            try (PreparedStatement q = LifecycleSchema.prepare(c, sql.toString(), args.toArray()); ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void where(StringBuilder sql, List<Object> args, Filter filter) {
        if (filter.phase() != null) {
            sql.append(" AND PHASE = ?");
            args.add(filter.phase());
        }
        if (filter.status() != null) {
            sql.append(" AND STATUS = ?");
            args.add(filter.status());
        }
        if (filter.kind() != null) {
            sql.append(" AND KIND = ?");
            args.add(filter.kind());
        }
    }

    CapacityItem get(String municipalityId, long id) {
        return db.inTransaction(c -> find(c, municipalityId, id));
    }

    CapacityItem create(String municipalityId, CapacityItemInput in) {
        return db.inTransaction(c -> insert(c, municipalityId, in, false));
    }

    /** Inserts every row in one transaction: all or none. */
    List<CapacityItem> createAll(String municipalityId, List<CapacityItemInput> rows, boolean demo) {
        return db.inTransaction(c -> {
            List<CapacityItem> created = new ArrayList<>();
            for (CapacityItemInput row : rows) {
                created.add(insert(c, municipalityId, row, demo));
            }
            return created;
        });
    }

    CapacityItem replace(String municipalityId, long id, ExpectedVersion expected, CapacityItemInput in) {
        return db.inTransaction(c -> {
            row(c, municipalityId, id).update(expected, "PHASE = ?, KIND = ?, TITLE = ?, DESCRIPTION = ?, RESPONSIBLE = ?, "
                    + "CONTACT = ?, STATUS = ?, NOTES = ?, UPDATED_AT = ?", in.phase(), in.kind(), in.title(), in.description(),
                    in.responsibleOrganisation(), in.contact(), in.status(), in.notes(), Timestamp.from(Instant.now()));
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
        return VersionedRow.of(c, "capacity item " + id + " of municipality '" + municipalityId + "'", "CAPACITY_ITEM",
                "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static CapacityItem insert(Connection c, String municipalityId, CapacityItemInput in, boolean demo) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement i = LifecycleSchema.prepare(c, "INSERT INTO CAPACITY_ITEM (MUNICIPALITY_ID, PHASE, KIND, TITLE, "
                + "DESCRIPTION, RESPONSIBLE, CONTACT, STATUS, NOTES, DEMO, VERSION, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", municipalityId, in.phase(), in.kind(), in.title(),
                in.description(), in.responsibleOrganisation(), in.contact(), in.status(), in.notes(), demo, now, now)) {
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                return find(c, municipalityId, keys.getLong(1));
            }
        }
    }

    private static CapacityItem find(Connection c, String municipalityId, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .stream().findFirst().orElseThrow(() -> ApiProblem.notFound(
                        "Municipality '" + municipalityId + "' has no capacity item " + id + "."));
    }

    private static List<CapacityItem> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = LifecycleSchema.prepare(c, sql, args); ResultSet rs = q.executeQuery()) {
            List<CapacityItem> items = new ArrayList<>();
            while (rs.next()) {
                items.add(new CapacityItem(rs.getLong(1), rs.getString(2), Phase.valueOf(rs.getString(3)),
                        ItemKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), ItemStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getBoolean(11),
                        rs.getLong(12), rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant()));
            }
            return items;
        }
    }
}
