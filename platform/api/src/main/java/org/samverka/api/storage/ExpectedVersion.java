package org.samverka.api.storage;

import java.util.Set;

/**
 * The versions of a row a change may be applied to: those the client read (its {@code If-Match}),
 * or any version at all ({@code If-Match: *}). {@link org.samverka.api.rest.IfMatch} is one.
 */
public interface ExpectedVersion {

    /** True when the change applies to whatever version is current. */
    boolean anyVersion();

    /** The versions the change is based on; ignored when {@link #anyVersion()}. */
    Set<Long> versions();

    /** Exactly this version. */
    static ExpectedVersion exactly(long version) {
        return new ExpectedVersion() {
            @Override
            public boolean anyVersion() {
                return false;
            }

            @Override
            public Set<Long> versions() {
                return Set.of(version);
            }
        };
    }
}
