package org.samverka.tenants.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.TransactionBody;

/**
 * Tenants and module enablements served from memory, because every request's access check and
 * module gate needs them and they change a few times a year.
 *
 * <p>Exact on one node: every change goes through {@link #write}, which drops the copy once its
 * transaction has ended, and a copy read while a change was under way is never kept (it carries
 * the local generation it started from). With several nodes on one database: each change also
 * raises {@code TENANT_GENERATION} in its own transaction, and {@link #checkDatabase} (every
 * second) drops the copy when that counter moved, so another node's change is seen within a
 * second. See docs/architecture.md, "Tenants in memory".
 */
final class TenantCache {

    private record Copy(TenantSnapshot snapshot, long localGeneration) {
    }

    private final SchemaAccess db;
    private final AtomicLong localGeneration = new AtomicLong();
    private volatile Copy copy;

    TenantCache(SchemaAccess db) {
        this.db = db;
    }

    TenantSnapshot get() {
        Copy current = copy;
        long generation = localGeneration.get();
        if (current != null && current.localGeneration() == generation) {
            return current.snapshot();
        }
        TenantSnapshot fresh = db.transaction(TenantSnapshot::read);
        // Kept only if no change ended meanwhile; otherwise the next reader reads again.
        copy = new Copy(fresh, generation);
        return fresh;
    }

    /** Runs a change to tenants or enablements; the copy in memory is dropped when it has ended. */
    <T> T write(TransactionBody<T> change) {
        try {
            return db.transaction(tx -> {
                T result = change.run(tx);
                // Last, so that the counter's row is locked only for the commit.
                tx.update("UPDATE TENANT_GENERATION SET GENERATION = GENERATION + 1 WHERE ID = 1");
                return result;
            });
        } finally {
            localGeneration.incrementAndGet();
        }
    }

    /** Drops the copy when another node has changed tenants since it was read. */
    void checkDatabase() {
        Copy current = copy;
        if (current == null) {
            return;
        }
        long stored = db.transaction(tx -> tx.number("SELECT GENERATION FROM TENANT_GENERATION WHERE ID = 1"));
        if (stored != current.snapshot().generation()) {
            localGeneration.incrementAndGet();
        }
    }
}
