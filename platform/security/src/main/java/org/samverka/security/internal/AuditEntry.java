package org.samverka.security.internal;

import java.time.Instant;

/** One committed change or refused write attempt, as {@code GET /audit} shows it. */
public record AuditEntry(long id, Instant at, String tokenId, String tokenName, String role, String method,
        String path, String tenant, String entityId, String outcome) {
}
