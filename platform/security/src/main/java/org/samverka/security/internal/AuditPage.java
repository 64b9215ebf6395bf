package org.samverka.security.internal;

import java.util.List;

/** A page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> items, int offset, int limit, long total) {
}
