package org.samverka.plugin.lifecycle.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads one capacity item of a municipality's lifecycle map, for another module that refers to it
 * (a workshop that focuses on a white spot).
 */
@ProviderType
public interface LifecycleItems {

    /** The item, or empty when the municipality has no item of that id or does not use the lifecycle module. */
    Optional<ItemSummary> item(String municipalityId, long itemId);
}
