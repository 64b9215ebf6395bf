/**
 * How a module's JAX-RS resources fit the platform's REST conventions: where they live
 * ({@link org.samverka.api.rest.ApiPaths}), how they fail ({@link org.samverka.api.rest.ApiProblem},
 * rendered by the platform as {@code application/problem+json}), how they validate input
 * ({@link org.samverka.api.rest.Validation}), how they read paging and query values
 * ({@link org.samverka.api.rest.Paging}, {@link org.samverka.api.rest.Page},
 * {@link org.samverka.api.rest.QueryValues}) and how they refuse lost updates
 * ({@link org.samverka.api.rest.IfMatch}).
 */
@Export
@Version("1.3.0")
package org.samverka.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
