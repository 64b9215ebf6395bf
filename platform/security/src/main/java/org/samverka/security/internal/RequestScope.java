package org.samverka.security.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;

/**
 * The caller and the pending audit entry of the request on this thread. Jersey handles a
 * request on one thread from the first filter to the response filters, which set and clear these.
 */
@Component(service = {CallerContext.class, RequestScope.class})
public final class RequestScope implements CallerContext {

    private final ThreadLocal<Caller> caller = new ThreadLocal<>();
    private final ThreadLocal<PendingAudit> audit = new ThreadLocal<>();
    private final ThreadLocal<SessionStore.SignedIn> session = new ThreadLocal<>();

    @Override
    public Optional<Caller> current() {
        return Optional.ofNullable(caller.get());
    }

    void begin(Caller current) {
        caller.set(current);
        audit.remove();
        session.remove();
    }

    /** A request made by a signed-in browser: its person is the caller. */
    void beginSession(SessionStore.SignedIn signedIn) {
        begin(signedIn.person().caller());
        session.set(signedIn);
    }

    Optional<SessionStore.SignedIn> session() {
        return Optional.ofNullable(session.get());
    }

    void expectWrite(PendingAudit pending) {
        audit.set(pending);
    }

    PendingAudit pendingAudit() {
        return audit.get();
    }

    void end() {
        caller.remove();
        audit.remove();
        session.remove();
    }
}
