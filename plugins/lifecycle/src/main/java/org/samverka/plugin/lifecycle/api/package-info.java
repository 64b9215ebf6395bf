/**
 * What the lifecycle plugin offers other plugins: {@link org.samverka.plugin.lifecycle.api.LifecycleActions}
 * turns a decision taken in another module (a workshop, a note) into an action of a municipality's
 * lifecycle plan. Another plugin imports this package optionally and takes the service through an
 * optional, dynamic reference, so that it works the same without the lifecycle plugin.
 */
@Export
@Version("1.0.0")
package org.samverka.plugin.lifecycle.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
