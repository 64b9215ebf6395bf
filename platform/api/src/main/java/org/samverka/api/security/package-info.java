/**
 * Who is calling, and what the platform lets them do. The platform authenticates every request
 * and decides access from the path's tenant, the HTTP method and the caller's role and scope
 * before any resource runs; a resource reads the caller through
 * {@link org.samverka.api.security.CallerContext} and declares only what the platform cannot
 * infer with {@link org.samverka.api.security.Access}.
 */
@Export
@Version("1.0.0")
package org.samverka.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
