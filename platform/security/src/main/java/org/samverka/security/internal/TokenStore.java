package org.samverka.security.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;

/**
 * Tokens in the {@code SAMVERKA_SECURITY} schema, with every token also held in memory by the
 * hash of its secret, so that authenticating a request costs no database round trip. A
 * revocation updates both at once.
 */
@Component(service = TokenStore.class)
public final class TokenStore {

    static final String SCHEMA = "samverka-security";
    private static final String COLUMNS = "ID, NAME, ROLE, SCOPE, SECRET_HASH, CREATED_AT, CREATED_BY, EXPIRES_AT, REVOKED, REVOKED_AT";

    private final SchemaAccess db;
    private final Map<String, Token> byHash = new ConcurrentHashMap<>();

    @Activate
    public TokenStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(SCHEMA, context.getBundle());
        all().forEach(t -> byHash.put(t.secretHash(), t));
    }

    SchemaAccess schema() {
        return db;
    }

    /** The valid token with this secret, if any. */
    Optional<Token> authenticate(String secret, Instant now) {
        String hash = TokenSecrets.hash(secret);
        Token token = byHash.get(hash);
        if (token == null || !TokenSecrets.sameHash(token.secretHash(), hash) || !token.isValidAt(now)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    boolean isEmpty() {
        return byHash.isEmpty();
    }

    /** Stores a new token for the secret and returns it. */
    Token create(String name, Role role, Scope scope, Instant expiresAt, String createdBy, String secret) {
        Token token = new Token(UUID.randomUUID().toString(), name, role, scope, TokenSecrets.hash(secret),
                Instant.now(), createdBy, expiresAt, false, null);
        db.transaction(tx -> tx.update("INSERT INTO TOKEN (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL)",
                token.id(), token.name(), token.role().id(), token.scope().toString(), token.secretHash(), token.createdAt(),
                createdBy, expiresAt));
        byHash.put(token.secretHash(), token);
        return token;
    }

    Optional<Token> find(String id) {
        return byHash.values().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<Token> list() {
        return byHash.values().stream().sorted(Comparator.comparing(Token::createdAt)).toList();
    }

    /** Revokes the token at once; true when it was valid until now. */
    boolean revoke(String id) {
        Token token = find(id).orElse(null);
        if (token == null || token.revoked()) {
            return false;
        }
        Instant now = Instant.now();
        db.transaction(tx -> tx.update("UPDATE TOKEN SET REVOKED = TRUE, REVOKED_AT = ? WHERE ID = ?", now, id));
        byHash.put(token.secretHash(), token.revokedAt(now));
        return true;
    }

    /**
     * Revokes every valid token a person created ({@code createdBy} is their caller id): their
     * tokens must not outlive their standing when they are disabled, erased or given less.
     */
    int revokeCreatedBy(String createdBy) {
        List<Token> affected = byHash.values().stream().filter(t -> !t.revoked() && createdBy.equals(t.createdBy())).toList();
        if (affected.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        db.transaction(tx -> tx.update("UPDATE TOKEN SET REVOKED = TRUE, REVOKED_AT = ? WHERE CREATED_BY = ? AND REVOKED = FALSE",
                now, createdBy));
        affected.forEach(t -> byHash.put(t.secretHash(), t.revokedAt(now)));
        return affected.size();
    }

    /** Revokes every valid token of this scope at once; returns how many. */
    int revokeScope(Scope scope) {
        List<Token> affected = byHash.values().stream().filter(t -> !t.revoked() && t.scope().equals(scope)).toList();
        if (affected.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        db.transaction(tx -> tx.update("UPDATE TOKEN SET REVOKED = TRUE, REVOKED_AT = ? WHERE SCOPE = ? AND REVOKED = FALSE",
                now, scope.toString()));
        affected.forEach(t -> byHash.put(t.secretHash(), t.revokedAt(now)));
        return affected.size();
    }

    private List<Token> all() {
        return db.transaction(tx -> tx.list(r -> new Token(r.text("ID"), r.text("NAME"), Role.fromId(r.text("ROLE")).orElseThrow(),
                Scope.parse(r.text("SCOPE")).orElseThrow(), r.text("SECRET_HASH").strip(), r.instant("CREATED_AT"),
                r.text("CREATED_BY"), r.instant("EXPIRES_AT"), r.flag("REVOKED"), r.instant("REVOKED_AT")),
                "SELECT " + COLUMNS + " FROM TOKEN"));
    }
}
