package org.samverka.modules.internal;

import java.util.Optional;
import java.util.Set;

import org.samverka.api.tenant.TenantKind;

/**
 * A request path that addresses a module inside a tenant:
 * {@code municipalities/{id}/{moduleId}/...} or {@code regions/{id}/{moduleId}/...}.
 */
record TenantPath(TenantKind kind, String tenantId, String moduleId) {

    /** Segments after a tenant that belong to the platform, not to a module. */
    private static final Set<String> PLATFORM_SEGMENTS = Set.of("modules", "municipalities");

    static Optional<TenantPath> parse(String path) {
        String[] segments = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
        if (segments.length < 3 || segments[1].isEmpty() || segments[2].isEmpty()
                || PLATFORM_SEGMENTS.contains(segments[2])) {
            return Optional.empty();
        }
        for (TenantKind kind : TenantKind.values()) {
            if (kind.pathSegment().equals(segments[0])) {
                return Optional.of(new TenantPath(kind, segments[1], segments[2]));
            }
        }
        return Optional.empty();
    }
}
