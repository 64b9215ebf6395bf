package org.samverka.api.storage;

/**
 * The database could not take the transaction now: it kept waiting for rows other transactions
 * held, or for a free connection, and retrying did not help. Nothing was changed. The platform
 * answers 503 Service Unavailable with {@code Retry-After}.
 */
public class StorageBusyException extends StorageException {

    private static final long serialVersionUID = 1L;

    public StorageBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
