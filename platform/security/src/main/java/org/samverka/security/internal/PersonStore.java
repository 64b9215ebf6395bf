package org.samverka.security.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;

/**
 * People in the {@code SAMVERKA_SECURITY} schema. Every change to a person goes through the
 * version compare-and-set; usernames are kept in lower case, so the unique index makes them
 * unique whatever their case.
 */
@Component(service = PersonStore.class)
public final class PersonStore {

    private static final String INSERTED = "ID, USERNAME, DISPLAY_NAME, EMAIL, ROLE, SCOPE, PASSWORD_HASH, PASSWORD_CHANGED_AT, "
            + "SSO_ISSUER, SSO_SUBJECT, DISABLED, LANGUAGE, LAST_SIGN_IN_AT, CREATED_AT, CREATED_BY, UPDATED_AT, VERSION";
    private static final String COLUMNS = INSERTED + ", ROLE_FROM_CLAIMS";

    private final SchemaAccess db;

    @Activate
    public PersonStore(@Reference TokenStore tokens) {
        this.db = tokens.schema();
    }

    SchemaAccess schema() {
        return db;
    }

    static String normalized(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** A new person; the username must be free (409 otherwise, through the storage's duplicate-key problem). */
    Person create(String username, String displayName, String email, Role role, Scope scope, String passwordHash,
            String language, String createdBy) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        return db.transaction(tx -> {
            tx.update("INSERT INTO PERSON (" + INSERTED + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, FALSE, ?, NULL, ?, ?, ?, 1)",
                    id, normalized(username), displayName, email, role.id(), scope.toString(), passwordHash,
                    passwordHash == null ? null : now, language, now, createdBy, now);
            return find(tx, id).orElseThrow();
        });
    }

    boolean isEmpty() {
        return db.transaction(tx -> tx.number("SELECT COUNT(*) FROM PERSON")) == 0;
    }

    Optional<Person> find(String id) {
        return db.transaction(tx -> find(tx, id));
    }

    Optional<Person> byUsername(String username) {
        return db.transaction(tx -> tx.first(PersonStore::person, "SELECT " + COLUMNS + " FROM PERSON WHERE USERNAME = ?",
                normalized(username)));
    }

    List<Person> list() {
        return db.transaction(tx -> tx.list(PersonStore::person, "SELECT " + COLUMNS + " FROM PERSON ORDER BY USERNAME"));
    }

    /**
     * Changes who a person is and what they may do; the username stays. A role or scope an admin
     * gives is the admin's from then on: the provider's claims no longer take it away.
     */
    Person update(String id, ExpectedVersion expected, String displayName, String email, Role role, Scope scope,
            boolean disabled, String language) {
        return db.transaction(tx -> {
            Person before = find(tx, id).orElse(null);
            boolean regranted = before != null && (before.role() != role || !before.scope().equals(scope));
            tx.versionedRow(what(id), "PERSON", "ID = ?", id).update(expected,
                    "DISPLAY_NAME = ?, EMAIL = ?, ROLE = ?, SCOPE = ?, DISABLED = ?, LANGUAGE = ?, UPDATED_AT = ?"
                            + (regranted ? ", ROLE_FROM_CLAIMS = FALSE" : ""),
                    displayName, email, role.id(), scope.toString(), disabled, language, Instant.now());
            return find(tx, id).orElseThrow();
        });
    }

    /** The role and scope the provider's claims give, at a sign-in. */
    Person grantFromClaims(String id, ExpectedVersion expected, Role role, Scope scope) {
        return db.transaction(tx -> {
            tx.versionedRow(what(id), "PERSON", "ID = ?", id).update(expected,
                    "ROLE = ?, SCOPE = ?, ROLE_FROM_CLAIMS = TRUE, UPDATED_AT = ?", role.id(), scope.toString(), Instant.now());
            return find(tx, id).orElseThrow();
        });
    }

    Person setPassword(String id, ExpectedVersion expected, String passwordHash) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            tx.versionedRow(what(id), "PERSON", "ID = ?", id).update(expected,
                    "PASSWORD_HASH = ?, PASSWORD_CHANGED_AT = ?, UPDATED_AT = ?", passwordHash, now, now);
            return find(tx, id).orElseThrow();
        });
    }

    /** Erases the person and their sessions (the audit trail keeps their id and username). */
    void delete(String id, ExpectedVersion expected) {
        db.transaction(tx -> tx.versionedRow(what(id), "PERSON", "ID = ?", id).delete(expected));
    }

    /** The person a provider's subject signed in as before, if any. */
    Optional<Person> bySso(String issuer, String subject) {
        return db.transaction(tx -> tx.first(PersonStore::person, "SELECT " + COLUMNS
                + " FROM PERSON WHERE SSO_ISSUER = ? AND SSO_SUBJECT = ?", issuer, subject));
    }

    /** A person who signs in through a provider only: no password. */
    Person createSso(String issuer, String subject, String username, String displayName, String email, Role role, Scope scope) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        return db.transaction(tx -> {
            tx.update("INSERT INTO PERSON (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, FALSE, NULL, NULL, ?, ?, ?, 1, TRUE)",
                    id, normalized(username), displayName, email, role.id(), scope.toString(), issuer, subject, now,
                    "single sign-on", now);
            return find(tx, id).orElseThrow();
        });
    }

    /** When they last signed in: bookkeeping, not a change anyone makes, so it leaves the version alone. */
    void signedIn(String id, Instant when) {
        db.transaction(tx -> tx.update("UPDATE PERSON SET LAST_SIGN_IN_AT = ? WHERE ID = ?", when, id));
    }

    static Optional<Person> find(Transaction tx, String id) throws SQLException {
        return tx.first(PersonStore::person, "SELECT " + COLUMNS + " FROM PERSON WHERE ID = ?", id);
    }

    private static String what(String id) {
        return "person '" + id + "'";
    }

    static Person person(Row r) throws SQLException {
        return new Person(r.text("ID"), r.text("USERNAME"), r.text("DISPLAY_NAME"), r.text("EMAIL"),
                Role.fromId(r.text("ROLE")).orElseThrow(), Scope.parse(r.text("SCOPE")).orElseThrow(), r.text("PASSWORD_HASH"),
                r.instant("PASSWORD_CHANGED_AT"), r.text("SSO_ISSUER"), r.text("SSO_SUBJECT"), r.flag("DISABLED"),
                r.text("LANGUAGE"), r.instant("LAST_SIGN_IN_AT"), r.instant("CREATED_AT"), r.text("CREATED_BY"),
                r.instant("UPDATED_AT"), r.number("VERSION"), r.flag("ROLE_FROM_CLAIMS"));
    }
}
