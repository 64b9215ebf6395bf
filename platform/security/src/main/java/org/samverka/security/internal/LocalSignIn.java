package org.samverka.security.internal;

import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;

/**
 * Signing in with a username and password: the throttle first, then the bcrypt check (also for
 * an unknown username, so the time taken does not tell which names exist), the same answer for
 * every kind of failure, and an audit entry for each attempt.
 */
@Component(service = LocalSignIn.class, configurationPid = SecurityConfig.PID)
public final class LocalSignIn {

    static final String PATH = "/api/v1/sessions";
    static final String UNKNOWN = "(unknown username)";

    private final PersonStore people;
    private final AuditEvents audit;
    private final SignInThrottle throttle;
    private volatile Passwords passwords;
    private volatile int cost;

    @Activate
    public LocalSignIn(@Reference PersonStore people, @Reference AuditEvents audit, SecurityConfig config) {
        this.people = people;
        this.audit = audit;
        this.throttle = new SignInThrottle(config.signInFailuresBeforePause());
        this.cost = config.passwordHashCost();
        this.passwords = new Passwords(cost);
    }

    @Modified
    void modified(SecurityConfig config) {
        throttle.allowedFailures(config.signInFailuresBeforePause());
        if (config.passwordHashCost() != cost) {
            cost = config.passwordHashCost();
            passwords = new Passwords(cost);
        }
    }

    /** The person these credentials sign in; 401 for a wrong name or password or a disabled person, 429 while paused. */
    Person verify(String username, String password, Instant now) {
        String name = PersonStore.normalized(username);
        Person person = people.byUsername(name).orElse(null);
        // Audit names only people who exist: an unknown "username" is often a password typed into the wrong field.
        String named = person == null ? UNKNOWN : name;
        SignInThrottle.Verdict verdict = throttle.attempt(name, now);
        if (!verdict.allowed()) {
            if (verdict.firstOfPause()) {
                audit.failedSignIn(named, person, PATH, AuditEvents.SIGN_IN_PAUSED);
            }
            throw paused(verdict.pause());
        }
        boolean matches = passwords.matches(password, person == null ? null : person.passwordHash());
        if (!matches || person.disabled()) {
            audit.failedSignIn(named, person, PATH, AuditEvents.SIGN_IN_FAILED);
            throw ApiProblem.unauthorized("The username or password is wrong, or the account is disabled.");
        }
        throttle.succeeded(name);
        return person;
    }

    /** Whether this is the person's password, for changing it: counts towards the same pause. */
    boolean confirms(Person person, String password, Instant now) {
        SignInThrottle.Verdict verdict = throttle.attempt(person.username(), now);
        if (!verdict.allowed()) {
            throw paused(verdict.pause());
        }
        if (passwords.matches(password, person.passwordHash())) {
            throttle.succeeded(person.username());
            return true;
        }
        return false;
    }

    String hash(String password) {
        return passwords.hash(password);
    }

    private static ApiProblem paused(Duration pause) {
        long seconds = Math.max(1, pause.toSeconds());
        return new ApiProblem(429, ApiProblem.TYPE_BLANK, "Too Many Requests", "Too many failed sign-ins for this "
                + "username: try again in " + seconds + " seconds.", java.util.List.of())
                .withHeader("Retry-After", Long.toString(seconds));
    }
}
