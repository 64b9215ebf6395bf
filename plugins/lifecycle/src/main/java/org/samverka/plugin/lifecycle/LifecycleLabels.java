package org.samverka.plugin.lifecycle;

import org.samverka.api.module.Labels;

/** The plugin's labels, read once from {@code labels/lifecycle_<language>.properties}. */
final class LifecycleLabels {

    static final Labels LABELS = Labels.of(LifecycleLabels.class, "lifecycle");

    private LifecycleLabels() {
    }
}
