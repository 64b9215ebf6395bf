package org.samverka.api.storage;

/**
 * An insert collided with a row of the same unique key, usually one created by a concurrent
 * request a moment earlier. The transaction was rolled back. A store catches it where the API
 * promises something else (an enablement that already exists is a success); otherwise the
 * platform answers 409 Conflict.
 */
public class DuplicateKeyException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
