package org.samverka.api.module;

/** Which kind of tenant owns a module's data. */
public enum TenantScope {
    /** Each municipality has its own data; its region reads all of them side by side. */
    MUNICIPALITY,
    /** The data belongs to the region as a whole. */
    REGION
}
