package org.samverka.api.module;

/** Whether an installed module is serving right now. */
public enum ModuleState {
    /** The plugin's bundle is active and its module service is registered. */
    ACTIVE,
    /** The plugin's bundle is installed but not serving (stopped, or failed to start). */
    INACTIVE
}
