package org.samverka.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit entries for what happens outside a change's own transaction: signing in and out,
 * failed sign-ins, the first start's set-up. Each is written in a transaction of its own and
 * belongs to the person's scope, so their admins see it.
 */
@Component(service = AuditEvents.class)
public final class AuditEvents {

    static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String SIGN_IN_PAUSED = "SIGN_IN_PAUSED";
    static final String SIGNED_OUT = "SIGNED_OUT";
    private static final Logger LOG = LoggerFactory.getLogger(AuditEvents.class);

    private final TokenStore tokens;

    @Activate
    public AuditEvents(@Reference TokenStore tokens) {
        this.tokens = tokens;
    }

    /** Never throws: what happened stays done even when the database cannot take its record. */
    void record(Caller caller, String method, String path, String outcome) {
        write(caller.tokenId(), caller.tokenName(), caller.role().id(), method, path,
                caller.scope().isPlatform() ? null : caller.scope().toString(), outcome);
    }

    /** A failed sign-in: the name that was tried, and the scope of the person it names, if any. */
    void failedSignIn(String usernameTried, Person named, String path, String outcome) {
        write("anonymous", usernameTried, "none", "POST", path,
                named == null || named.scope().isPlatform() ? null : named.scope().toString(), outcome);
    }

    private void write(String id, String name, String role, String method, String path, String tenant, String outcome) {
        try {
            tokens.schema().inTransaction(c -> AuditTrail.insert(c, id, name, role, method, path, tenant, null, outcome));
        } catch (RuntimeException e) {
            LOG.warn("Could not record {} of {}: {}", outcome, id, e.getMessage());
        }
    }
}
