package org.samverka.security.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a start with nobody to sign in, makes the platform-admin person {@code admin}: with the
 * password in {@code SAMVERKA_ADMIN_PASSWORD} (or the framework property
 * {@code samverka.admin.password}) when set, or else through a one-time set-up link printed to
 * the console (never to the log), valid until used or until the next start prints a new one.
 */
@Component(service = PeopleBootstrap.class, immediate = true)
public final class PeopleBootstrap {

    static final String ENVIRONMENT_VARIABLE = "SAMVERKA_ADMIN_PASSWORD";
    static final String FRAMEWORK_PROPERTY = "samverka.admin.password";
    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(PeopleBootstrap.class);

    private final PersonStore people;
    private final LocalSignIn signIn;
    /** The SHA-256 of the set-up code, while the set-up is open. */
    private final AtomicReference<String> setupCodeHash = new AtomicReference<>();

    @Activate
    public PeopleBootstrap(@Reference PersonStore people, @Reference LocalSignIn signIn, BundleContext context) {
        this.people = people;
        this.signIn = signIn;
        if (!people.isEmpty()) {
            return;
        }
        String password = System.getenv(ENVIRONMENT_VARIABLE);
        if (password == null || password.isEmpty()) {
            password = context.getProperty(FRAMEWORK_PROPERTY);
        }
        if (password != null && !password.isEmpty()) {
            Optional<String> problem = Passwords.problemWith(password, ADMIN);
            if (problem.isEmpty()) {
                people.create(ADMIN, "Administrator", null, Role.PLATFORM_ADMIN, Scope.PLATFORM, signIn.hash(password), null,
                        ENVIRONMENT_VARIABLE);
                LOG.info("Created the platform-admin person '{}' with the password from {}", ADMIN, ENVIRONMENT_VARIABLE);
                return;
            }
            LOG.error("{} was not used: the password {}; open the set-up link instead", ENVIRONMENT_VARIABLE, problem.get());
        }
        String code = SessionStore.newSecret();
        setupCodeHash.set(TokenSecrets.hash(code));
        String port = String.valueOf(context.getProperty("org.osgi.service.http.port"));
        System.out.println();
        System.out.println("  Nobody can sign in to Samverka yet. Choose the password of the platform-admin '" + ADMIN + "' here");
        System.out.println("  (the link works once, until the next start):");
        System.out.println();
        System.out.println("    http://localhost:" + ("null".equals(port) ? "8080" : port) + "/setup#code=" + code);
        System.out.println();
        LOG.info("Nobody can sign in yet; a one-time set-up link for the platform-admin '{}' was printed to the console", ADMIN);
    }

    boolean setupOpen() {
        return setupCodeHash.get() != null;
    }

    /** Creates {@code admin} with this password if the code is the open set-up's; empty when it is not (or no longer). */
    Optional<Person> completeSetup(String code, String password, Instant now) {
        String expected = setupCodeHash.get();
        if (expected == null || code == null || !TokenSecrets.sameHash(expected, TokenSecrets.hash(code))
                || !setupCodeHash.compareAndSet(expected, null)) {
            return Optional.empty();
        }
        try {
            if (!people.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(people.create(ADMIN, "Administrator", null, Role.PLATFORM_ADMIN, Scope.PLATFORM,
                    signIn.hash(password), null, "set-up link"));
        } catch (RuntimeException e) {
            // The link stays good when the admin could not be created (the database was busy, say).
            setupCodeHash.compareAndSet(null, expected);
            throw e;
        }
    }
}
