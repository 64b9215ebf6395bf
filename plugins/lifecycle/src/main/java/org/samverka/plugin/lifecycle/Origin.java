package org.samverka.plugin.lifecycle;

/**
 * Where an action came from when another module created it (see
 * {@link org.samverka.plugin.lifecycle.api.LifecycleActions}): the module and what in it.
 */
public record Origin(String module, String reference) {
}
