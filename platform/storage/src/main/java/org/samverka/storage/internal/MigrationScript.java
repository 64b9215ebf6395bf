package org.samverka.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One SQL file of a schema's migrations, named {@code V<version>__<description>.sql}. */
record MigrationScript(int version, String description, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w[\\w-]*)\\.sql");

    /** Parses a file name; empty for files that do not follow the naming rule. */
    static Optional<MigrationScript> fromFile(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql));
    }

    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
