package org.samverka.modules.internal;

import org.samverka.api.module.ModuleInfo;

/** A module as last seen, and the bundle that provided it. */
record KnownModule(ModuleInfo info, String bundleSymbolicName) {
}
