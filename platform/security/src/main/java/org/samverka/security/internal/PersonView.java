package org.samverka.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person as the API shows them: never the password or its hash. */
record PersonView(String id, String username, String displayName, String email, String role, String scope,
        boolean disabled, String language, List<String> signInMethods, Instant lastSignInAt, Instant createdAt,
        Instant updatedAt, long version) {

    static PersonView of(Person p) {
        List<String> methods = new ArrayList<>();
        if (p.passwordHash() != null) {
            methods.add("password");
        }
        if (p.ssoSubject() != null) {
            methods.add("oidc");
        }
        return new PersonView(p.id(), p.username(), p.displayName(), p.email(), p.role().id(), p.scope().toString(),
                p.disabled(), p.language(), methods, p.lastSignInAt(), p.createdAt(), p.updatedAt(), p.version());
    }
}
