package org.samverka.api.storage;

/**
 * A value does not fit its column (a text too long, a number or date out of range). Stores
 * validate what they accept so that this does not happen; it is the safety net that keeps such a
 * value a 400 Bad Request rather than a server error. Nothing was changed.
 */
public class UnstorableValueException extends StorageException {

    private static final long serialVersionUID = 1L;

    public UnstorableValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
