package org.samverka.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
        db.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO TOKEN (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL)")) {
                insert.setString(1, token.id());
                insert.setString(2, token.name());
                insert.setString(3, token.role().id());
                insert.setString(4, token.scope().toString());
                insert.setString(5, token.secretHash());
                insert.setTimestamp(6, Timestamp.from(token.createdAt()));
                insert.setString(7, createdBy);
                insert.setTimestamp(8, expiresAt == null ? null : Timestamp.from(expiresAt));
                return insert.executeUpdate();
            }
        });
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
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE TOKEN SET REVOKED = TRUE, REVOKED_AT = ? WHERE ID = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, id);
                return update.executeUpdate();
            }
        });
        byHash.put(token.secretHash(), token.revokedAt(now));
        return true;
    }

    /** Revokes every valid token of this scope at once; returns how many. */
    int revokeScope(Scope scope) {
        List<Token> affected = byHash.values().stream().filter(t -> !t.revoked() && t.scope().equals(scope)).toList();
        if (affected.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE TOKEN SET REVOKED = TRUE, REVOKED_AT = ? WHERE SCOPE = ? AND REVOKED = FALSE")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, scope.toString());
                return update.executeUpdate();
            }
        });
        affected.forEach(t -> byHash.put(t.secretHash(), t.revokedAt(now)));
        return affected.size();
    }

    private List<Token> all() {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT " + COLUMNS + " FROM TOKEN")) {
                List<Token> tokens = new ArrayList<>();
                while (rs.next()) {
                    Timestamp expires = rs.getTimestamp(8);
                    Timestamp revokedAt = rs.getTimestamp(10);
                    tokens.add(new Token(rs.getString(1), rs.getString(2), Role.fromId(rs.getString(3)).orElseThrow(),
                            Scope.parse(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getTimestamp(6).toInstant(),
                            rs.getString(7), expires == null ? null : expires.toInstant(), rs.getBoolean(9),
                            revokedAt == null ? null : revokedAt.toInstant()));
                }
                return tokens;
            }
        });
    }
}
