package org.samverka.api.storage;

/**
 * A versioned change found the row at another version than the one it was based on: someone
 * changed it since the client read it. The platform answers 412 Precondition Failed.
 */
public class StaleVersionException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    /** @param what the row in words, e.g. {@code capacity item 12} */
    public StaleVersionException(String what, long currentVersion) {
        super("The " + what + " has changed since you read it (it is now at version " + currentVersion
                + "). GET it again, reapply your change and retry with the new ETag.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
