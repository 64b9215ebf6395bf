/**
 * What the lifecycle plugin offers other plugins: {@link org.samverka.plugin.lifecycle.api.LifecycleActions}
 * turns a decision taken in another module (a workshop, a note) into an action of a municipality's
 * lifecycle plan; {@link org.samverka.plugin.lifecycle.api.LifecycleItems} (since 1.1) reads one of
 * its capacity items, such as the white spot a workshop focuses on. Another plugin imports this package optionally and takes the service through an
 * optional, dynamic reference, so that it works the same without the lifecycle plugin.
 */
@Export
@Version("1.1.0")
package org.samverka.plugin.lifecycle.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
