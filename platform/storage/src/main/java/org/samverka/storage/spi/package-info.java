/**
 * What the platform's own bundles share with storage and plugins do not get: the transaction
 * observer that shows every writing transaction's connection (the audit trail is one), and the
 * test of whether a bundle belongs to the platform. Exported with a mandatory attribute, so a
 * bundle wires to it only by asking for {@code platform=samverka} on purpose; storage honours
 * only observers registered by platform bundles in any case.
 */
@Export(attribute = {"platform=samverka", "mandatory:=platform"})
@Version("1.0.0")
package org.samverka.storage.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
