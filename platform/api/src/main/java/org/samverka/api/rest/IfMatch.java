package org.samverka.api.rest;

import java.util.HashSet;
import java.util.Set;

import org.samverka.api.storage.ExpectedVersion;

/**
 * The versions a client says its change is based on, from the {@code If-Match} header. Every
 * updatable resource exposes its version as a strong ETag ({@code "3"}); a change must send it
 * back so that two people editing at once cannot silently overwrite each other. Pass it to
 * {@link org.samverka.api.storage.VersionedRow}, which applies the change only at these versions;
 * {@code If-Match: *} matches whatever version is current (RFC 9110).
 */
public final class IfMatch implements ExpectedVersion {

    /** The request header. */
    public static final String HEADER = "If-Match";

    private final boolean any;
    private final Set<Long> versions;

    private IfMatch(boolean any, Set<Long> versions) {
        this.any = any;
        this.versions = versions;
    }

    /**
     * Parses the header of a change request.
     *
     * @throws ApiProblem 428 when the header is missing
     */
    public static IfMatch require(String header) {
        if (header == null || header.isBlank()) {
            throw ApiProblem.preconditionRequired("This request changes a resource, so it must say which "
                    + "version it is based on: send the ETag of your last GET in an If-Match header.");
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return new IfMatch(true, Set.of());
            }
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 2) {
                value = value.substring(1, value.length() - 1);
            }
            try {
                versions.add(Long.parseLong(value));
            } catch (NumberFormatException notOurs) {
                // A tag we never issued matches no version; the check below answers 412.
            }
        }
        return new IfMatch(false, Set.copyOf(versions));
    }

    /** The strong entity tag value of a version, without quotes. */
    public static String tagOf(long version) {
        return Long.toString(version);
    }

    @Override
    public boolean anyVersion() {
        return any;
    }

    @Override
    public Set<Long> versions() {
        return versions;
    }

    public boolean matches(long currentVersion) {
        return any || versions.contains(currentVersion);
    }

    /**
     * @throws ApiProblem 412 when the client's version is not the current one
     * @deprecated a version checked in Java after it was read can be overtaken by another change
     *             before the write; change versioned rows with
     *             {@link org.samverka.api.storage.VersionedRow}, which checks in the write itself
     */
    @Deprecated(since = "1.1")
    public void check(long currentVersion) {
        if (!matches(currentVersion)) {
            throw ApiProblem.preconditionFailed("The resource has changed since you read it (it is now at "
                    + "version " + currentVersion + "). GET it again, reapply your change and retry with "
                    + "the new ETag.");
        }
    }
}
