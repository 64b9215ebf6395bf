package org.samverka.security.internal;

import org.samverka.api.security.Caller;

/** What the audit entry of the current write request will say, once a transaction commits. */
final class PendingAudit {

    final Caller caller;
    final String method;
    final String path;
    final String tenant;
    final String entityId;
    /** Id of the entry once written; the same request never writes two. */
    Long entryId;
    /** Whether the transaction that wrote the entry committed; until then it may roll back and retry. */
    boolean entryCommitted;

    PendingAudit(Caller caller, String method, String path, String tenant, String entityId) {
        this.caller = caller;
        this.method = method;
        this.path = path;
        this.tenant = tenant;
        this.entityId = entityId;
    }
}
