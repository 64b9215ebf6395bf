package org.samverka.plugin.lifecycle;

/** What a population target counts. Both add up across municipalities, unlike gross in-movers. */
public enum TargetMeasure {
    /** Population change: born − died + moved in − moved out + the statistics' adjustment. */
    NET_CHANGE,
    /** Moved in − moved out, births and deaths left out. */
    NET_MIGRATION
}
