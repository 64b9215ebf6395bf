package org.samverka.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

/**
 * {@code samverka:adminToken <name>} in the Gogo shell: a new platform-admin token for an
 * operator who has lost every other one. Whoever has the console already controls the platform.
 */
@Component(service = AdminTokenCommand.class, property = {"osgi.command.scope=samverka", "osgi.command.function=adminToken"})
public final class AdminTokenCommand {

    private final TokenStore tokens;

    @Activate
    public AdminTokenCommand(@Reference TokenStore tokens) {
        this.tokens = tokens;
    }

    /** Creates the token and returns its secret for the console, the only place it is shown. */
    public String adminToken(String name) {
        String secret = TokenSecrets.newSecret();
        Token token = tokens.create(name, Role.PLATFORM_ADMIN, Scope.PLATFORM, null, null, secret);
        return "Created platform-admin token " + token.id() + " '" + name + "'. Its secret, shown only now:\n" + secret;
    }
}
