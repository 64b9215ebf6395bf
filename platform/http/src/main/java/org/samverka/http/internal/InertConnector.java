package org.samverka.http.internal;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The connector {@link HttpHardening} must hand back for the {@link Server} it is given. Felix
 * lists every connector of the server as a {@link ServerConnector}, so this is one; Jetty will
 * not start one without a socket, so it binds a loopback port for the moment of its start and
 * closes it at once. It serves nothing and runs no acceptor.
 */
final class InertConnector extends ServerConnector {

    InertConnector(Server server) {
        super(server, 0, 1);
        setHost("127.0.0.1");
        setPort(0);
        setName("samverka-inert");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        close();
    }
}
