package org.samverka.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.SchemaAccess;

/** Reads the audit trail, and names the entity a POST created once its Location is known. */
@Component(service = AuditLog.class)
public final class AuditLog {

    /**
     * What to list; null fields mean any.
     *
     * @param visibleTenants the tenants the caller may see, null for all (a platform-admin)
     */
    record Query(List<String> visibleTenants, String tenant, String tokenId, String outcome, Instant from, Instant to) {
    }

    private final SchemaAccess db;

    @Activate
    public AuditLog(@Reference TokenStore tokens) {
        this.db = tokens.schema();
    }

    /** The entries the query selects, newest first, and how many there are in all. */
    Page<AuditEntry> page(Query q, Paging paging) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.visibleTenants() != null) {
            where.append(" AND TENANT IN (").append(String.join(", ", Collections.nCopies(q.visibleTenants().size(), "?")))
                    .append(')');
            arguments.addAll(q.visibleTenants());
        }
        filter(where, arguments, "TENANT = ?", q.tenant());
        filter(where, arguments, "TOKEN_ID = ?", q.tokenId());
        filter(where, arguments, "OUTCOME = ?", q.outcome());
        filter(where, arguments, "OCCURRED_AT >= ?", q.from());
        filter(where, arguments, "OCCURRED_AT < ?", q.to());
        Object[] args = arguments.toArray();
        return db.transaction(tx -> Page.ofOneMore(tx.list(r -> new AuditEntry(r.number("ID"), r.instant("OCCURRED_AT"),
                r.text("TOKEN_ID"), r.text("TOKEN_NAME"), r.text("ROLE"), r.text("METHOD"), r.text("PATH"), r.text("TENANT"),
                r.text("ENTITY_ID"), r.text("OUTCOME")), "SELECT * FROM AUDIT_ENTRY" + where + " ORDER BY ID DESC"
                + paging.sqlWithOneMore(), args), paging,
                () -> tx.number("SELECT COUNT(*) FROM AUDIT_ENTRY" + where, args)));
    }

    /** A POST learns its entity's id only from the Location it answers with. */
    void nameCreatedEntity(long entryId, String entityId) {
        db.transaction(tx -> tx.update("UPDATE AUDIT_ENTRY SET ENTITY_ID = ? WHERE ID = ?", entityId, entryId));
    }

    private static void filter(StringBuilder where, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            arguments.add(value);
        }
    }
}
