package org.samverka.plugin.lifecycle;

/** How far a capacity item exists, and what it adds to its phase's readiness. */
public enum ItemStatus {
    IN_PLACE(1.0), PARTIAL(0.5), PLANNED(0.25), MISSING(0.0);

    private final double weight;

    ItemStatus(double weight) {
        this.weight = weight;
    }

    /** The share of full readiness an item with this status contributes. */
    public double weight() {
        return weight;
    }
}
