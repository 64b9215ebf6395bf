package org.samverka.plugin.lifecycle.api;

/**
 * The action a decision became.
 *
 * @param id the action's id in the municipality's plan
 * @param path where the REST API serves it, {@code /api/v1/municipalities/<id>/lifecycle/actions/<id>}
 */
public record CreatedAction(long id, String path) {
}
