package org.samverka.test.intruder;

import java.sql.Connection;

/** The plugin API's transaction observer, which storage no longer calls. */
@SuppressWarnings("removal")
final class ApiObserver implements org.samverka.api.storage.TransactionObserver {

    private final Runnable seen;

    ApiObserver(Runnable seen) {
        this.seen = seen;
    }

    @Override
    public void beforeCommit(Connection connection) {
        seen.run();
    }
}
