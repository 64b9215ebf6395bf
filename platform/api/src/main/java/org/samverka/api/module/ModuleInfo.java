package org.samverka.api.module;

/** What the platform knows of an installed module. */
public record ModuleInfo(
        String id,
        String version,
        LocalizedText name,
        LocalizedText description,
        String practice,
        TenantScope scope,
        ModuleState state) {
}
