package org.samverka.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method needs when the platform cannot infer it from the HTTP method and the
 * path. Without it, GET and HEAD read and every other method writes, and a caller must hold the
 * path's tenant in its scope. On a path outside {@code /regions/{id}/…} and
 * {@code /municipalities/{id}/…}, reads need any token and writes the platform-admin; a method
 * there that declares {@code @Access(Level.WRITE)} opens its writes to editors of any scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** Whether the method reads or writes, whatever its HTTP method. */
    Level value();

    /** Who besides callers holding the path's tenant may call it. */
    Reach reach() default Reach.TENANT;

    /** Reading or writing data. */
    enum Level {
        /** Viewers and above. */
        READ,
        /** Editors and above. */
        WRITE
    }

    /** How far the permission extends beyond the path's own tenant. */
    enum Reach {
        /** Only callers whose scope holds the path's tenant. */
        TENANT,
        /**
         * On a region path: also callers scoped to one of the region's municipalities, for
         * region-wide data every municipality of the region may read (such as target groups).
         */
        REGION_MEMBERS,
        /**
         * On a municipality path: only callers holding the municipality's whole region, for
         * views that compare the municipality with its neighbours.
         */
        WHOLE_REGION
    }
}
