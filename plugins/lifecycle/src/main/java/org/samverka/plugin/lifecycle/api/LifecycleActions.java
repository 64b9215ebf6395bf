package org.samverka.plugin.lifecycle.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns another module's decision into an open action of a municipality's lifecycle plan, which
 * records where it came from. The municipality must use the lifecycle module.
 */
@ProviderType
public interface LifecycleActions {

    /** The phase ids, in order, that {@link Decision#phase()} takes. */
    List<String> PHASES = List.of("INVENTORY", "ATTRACT", "RECRUIT", "INTRODUCE", "WELCOME", "ROOT");

    /**
     * Creates the action.
     *
     * @throws org.samverka.api.rest.ApiProblem 400 naming {@code phase}, {@code title},
     *         {@code responsible} or {@code dueDate} when one is invalid
     * @throws org.samverka.api.storage.ConflictException 409 when the municipality does not use the
     *         lifecycle module
     */
    CreatedAction create(Decision decision);
}
