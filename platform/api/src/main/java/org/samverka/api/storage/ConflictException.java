package org.samverka.api.storage;

/**
 * A change conflicts with other data: it would delete a row others refer to, refer to a row that
 * does not exist, or repeat a unique key. The transaction was rolled back; the platform answers
 * 409 Conflict, with the message when a store wrote one for the client.
 */
public class ConflictException extends StorageException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A conflict a store found itself; the message is for the client. */
    public ConflictException(String message) {
        super(message);
    }
}
