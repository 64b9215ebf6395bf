package org.samverka.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * People's passwords: hashed with bcrypt from Bouncy Castle (never a hash of our own), checked
 * against a short policy. bcrypt reads at most 72 bytes, so a longer password is refused rather
 * than silently cut.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Salt and hash of a well-formed bcrypt string, in bcrypt's own base64. What password it might
     * match does not matter: the answer of a check against the decoy is always no.
     */
    private static final String DECOY_SALT_AND_HASH = "......................ieZ0mjxIDX.5orvby7i.9KStm9hkzI.";

    private final int cost;
    /**
     * Checked when a username is unknown, so that the answer takes as long as for a known one:
     * checking costs what the cost factor says whatever the hash, so it is written, not computed
     * (hashing one at start took a quarter of a second of the start's CPU).
     */
    private final String decoy;

    Passwords(int cost) {
        this.cost = Math.max(10, Math.min(16, cost));
        this.decoy = String.format("$2b$%02d$%s", this.cost, DECOY_SALT_AND_HASH);
    }

    /** The hash an unknown username is checked against. */
    String decoy() {
        return decoy;
    }

    String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Whether the password matches the hash; with no hash (a person without a password), checks a decoy and says no. */
    boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        if (hash == null) {
            OpenBSDBCrypt.checkPassword(decoy, password.toCharArray());
            return false;
        }
        return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }

    /** What is wrong with a new password, if anything: the message names the rule, never the password. */
    static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8 (about " + MAX_BYTES + " letters)");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("must hold at least four different characters");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }
}
