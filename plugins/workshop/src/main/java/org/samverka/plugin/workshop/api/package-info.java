/**
 * What the workshop plugin offers other plugins: {@link org.samverka.plugin.workshop.api.WorkshopMethods}
 * lists the methods of a region's library for a stage of the double diamond (the co-creation
 * guide shows those that fit a step). Another plugin imports this package optionally and takes the
 * service through an optional, dynamic reference, so that it works the same without this plugin.
 */
@Export
@Version("1.0.0")
package org.samverka.plugin.workshop.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
