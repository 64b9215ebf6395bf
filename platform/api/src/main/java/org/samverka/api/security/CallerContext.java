package org.samverka.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The caller of the request being handled on this thread. */
@ProviderType
public interface CallerContext {

    /** Empty outside a request and for the few requests that need no token ({@code GET /health}). */
    Optional<Caller> current();
}
