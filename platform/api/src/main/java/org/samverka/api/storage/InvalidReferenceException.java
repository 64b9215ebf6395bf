package org.samverka.api.storage;

/**
 * A change names something that is not there, or not the caller's: an item of another
 * municipality, a region that does not exist. The platform answers 400 naming the field.
 */
public class InvalidReferenceException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the request's field that holds the reference, e.g. {@code itemIds}
     * @param message what is wrong with it, for the client, e.g. "item 7 is not one of this municipality's items"
     */
    public InvalidReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
