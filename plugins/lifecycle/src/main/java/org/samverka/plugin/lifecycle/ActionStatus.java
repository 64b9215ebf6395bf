package org.samverka.plugin.lifecycle;

/** Where an action stands. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
