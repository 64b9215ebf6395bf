package org.samverka.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no token at all), creates one platform-admin token. Its secret comes from
 * {@code SAMVERKA_ADMIN_TOKEN} (or the framework property {@code samverka.admin.token}) when set;
 * otherwise it is generated, printed once to the console — never to the log — and written to
 * {@code <data>/admin-token}, readable by its owner only.
 */
@Component(immediate = true)
public final class AdminBootstrap {

    static final String ENVIRONMENT_VARIABLE = "SAMVERKA_ADMIN_TOKEN";
    static final String FRAMEWORK_PROPERTY = "samverka.admin.token";
    static final String FILE_NAME = "admin-token";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(@Reference TokenStore tokens, BundleContext context) throws IOException {
        if (!tokens.isEmpty()) {
            return;
        }
        String supplied = System.getenv(ENVIRONMENT_VARIABLE);
        if (supplied == null || supplied.isBlank()) {
            supplied = context.getProperty(FRAMEWORK_PROPERTY);
        }
        if (supplied != null && supplied.strip().length() >= TokenSecrets.MIN_SUPPLIED_LENGTH) {
            Token token = tokens.create("bootstrap-admin", Role.PLATFORM_ADMIN, Scope.PLATFORM, null, null, supplied.strip());
            LOG.info("Created the platform-admin token {} from {}", token.id(), ENVIRONMENT_VARIABLE);
            return;
        }
        if (supplied != null) {
            LOG.error("{} is shorter than {} characters and was ignored; generating a token instead",
                    ENVIRONMENT_VARIABLE, TokenSecrets.MIN_SUPPLIED_LENGTH);
        }
        String secret = TokenSecrets.newSecret();
        Token token = tokens.create("bootstrap-admin", Role.PLATFORM_ADMIN, Scope.PLATFORM, null, null, secret);
        Path file = writeOwnerOnly(Path.of(String.valueOf(context.getProperty("samverka.data")), FILE_NAME), secret);
        System.out.println();
        System.out.println("  Samverka created a platform-admin token. It is shown only this once:");
        System.out.println();
        System.out.println("    " + secret);
        System.out.println();
        System.out.println("  It is also in " + file + " (readable by you only). Use it as");
        System.out.println("  'Authorization: Bearer <token>' and create named tokens with POST /api/v1/tokens.");
        System.out.println();
        LOG.info("Created the platform-admin token {}; its secret was printed to the console and written to {}",
                token.id(), file);
    }

    private static Path writeOwnerOnly(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, secret + System.lineSeparator());
        return file;
    }
}
