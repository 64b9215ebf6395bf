package org.samverka.rest.internal;

import java.util.Optional;

import jakarta.ws.rs.container.ResourceInfo;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.samverka.api.rest.ApiProblem;

/**
 * An error raised inside a plugin's resource while that plugin is being stopped or replaced (its
 * components deactivated, its schema closed, its classes going away) is not a server fault but a
 * module that is briefly away: 503 with {@code Retry-After}, as for a request that arrives while
 * its paths are gone.
 */
final class ModuleGoingAway {

    private ModuleGoingAway() {
    }

    /** The 503 when the matched resource's bundle is no longer active; empty otherwise (or when it cannot tell). */
    static Optional<ApiProblem> problemFor(ResourceInfo resource) {
        try {
            Class<?> type = resource == null ? null : resource.getResourceClass();
            Bundle bundle = type == null ? null : FrameworkUtil.getBundle(type);
            if (bundle == null || bundle.getState() == Bundle.ACTIVE) {
                return Optional.empty();
            }
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
        return Optional.of(problem());
    }

    /** The 503 itself: the module serving the path is briefly away. */
    static ApiProblem problem() {
        return new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", "The module serving this path is being "
                + "started, replaced or stopped; its data is kept. Try again in a moment.", java.util.List.of())
                .withHeader("Retry-After", StorageProblemMapper.RETRY_AFTER_SECONDS);
    }
}
