package org.samverka.tenants.internal;

import java.time.Instant;

import org.samverka.api.module.ModuleState;

/**
 * A module a tenant uses, as listed by {@code GET .../modules}.
 *
 * @param state ACTIVE or INACTIVE when the module's plugin is installed, null when it is not
 */
public record EnabledModule(String moduleId, Instant enabledAt, ModuleState state) {
}
