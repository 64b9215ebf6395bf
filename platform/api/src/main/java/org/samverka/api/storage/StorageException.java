package org.samverka.api.storage;

/** The database failed or refused a statement; the transaction it happened in was rolled back. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
