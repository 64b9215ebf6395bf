package org.samverka.api.storage;

/** The row a change or a read addresses does not exist (any more). The platform answers 404 Not Found. */
public class RowNotFoundException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** @param what the row in words, e.g. {@code capacity item 12 of municipality 'lulea'} */
    public RowNotFoundException(String what) {
        super("There is no " + what + ".");
    }
}
