package org.samverka.plugin.workshop;

import java.util.Optional;

/**
 * The capacity items a workshop can focus on, when a module that has them is there. Only
 * {@link LifecycleFocusItems} names the lifecycle plugin's types, so that the rest of this plugin
 * loads and serves without them.
 */
public interface FocusItems {

    /** The municipality's item, or empty when it has none of that id. */
    Optional<FocusItem> find(String municipalityId, long itemId);

    /**
     * A capacity item as a workshop shows it.
     *
     * @param whiteSpot whether the item is missing from the municipality's map
     * @param path the item's address in the API
     */
    record FocusItem(long id, String phase, String kind, String status, String title, boolean whiteSpot, String path) {
    }
}
