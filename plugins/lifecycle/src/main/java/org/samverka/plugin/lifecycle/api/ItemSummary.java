package org.samverka.plugin.lifecycle.api;

/**
 * What another module shows of a capacity item.
 *
 * @param phase one of {@link LifecycleActions#PHASES}
 * @param kind {@code RESOURCE}, {@code ROLE} or {@code EFFORT}
 * @param status {@code IN_PLACE}, {@code PARTIAL}, {@code PLANNED} or {@code MISSING}
 * @param whiteSpot whether the item is missing: a white spot on the municipality's map
 * @param path the item's address in the API
 */
public record ItemSummary(long id, String phase, String kind, String status, String title, boolean whiteSpot, String path) {
}
