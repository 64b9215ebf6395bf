package org.samverka.plugin.lifecycle;

import org.samverka.api.module.LocalizedText;

/**
 * The six phases of the in-mover's lifecycle, in order. Ids are stable and never translated;
 * names and descriptions are the labels {@code phase.<ID>.name} and {@code phase.<ID>.description}.
 */
public enum Phase {
    INVENTORY, ATTRACT, RECRUIT, INTRODUCE, WELCOME, ROOT;

    private final LocalizedText name;
    private final LocalizedText description;

    Phase() {
        this.name = LifecycleLabels.LABELS.text("phase." + name() + ".name");
        this.description = LifecycleLabels.LABELS.text("phase." + name() + ".description");
    }

    public LocalizedText label() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }
}
