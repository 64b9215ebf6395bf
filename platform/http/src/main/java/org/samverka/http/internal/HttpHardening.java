package org.samverka.http.internal;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the platform's rules to Felix's Jetty server: problem+json error handlers on the
 * server and its servlet context, and an idle time-out on every connector. Felix's HTTP bundle
 * does not expose the error handler as configuration; its one hook that hands over the {@link Server} is the
 * {@link ConnectorFactory} whiteboard, so this registers as one and returns an
 * {@link InertConnector} (no socket) as the connector it is asked for.
 */
@Component(immediate = true, configurationPid = HttpHardening.PID)
@Designate(ocd = HttpHardening.Config.class)
public final class HttpHardening implements ConnectorFactory {

    static final String PID = "org.samverka.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpHardening.class);

    @ObjectClassDefinition(name = "Samverka HTTP", description = "Time-outs of the HTTP server.")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a connection may stay silent, between requests or in the middle "
                + "of one, before the server closes it.")
        int idleTimeoutSeconds() default 30;

    }

    private volatile Config config;
    private volatile Server server;

    @Activate
    public HttpHardening(Config config) {
        this.config = config;
    }

    @Override
    public Connector createConnector(Server jetty) {
        this.server = jetty;
        apply(jetty, config);
        return new InertConnector(jetty);
    }

    @Modified
    void modified(Config changed) {
        this.config = changed;
        Server jetty = server;
        if (jetty != null) {
            apply(jetty, changed);
        }
    }

    @Deactivate
    void deactivate() {
        Server jetty = server;
        if (jetty != null) {
            // Leave no class of this bundle inside the server once the bundle is gone.
            jetty.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler());
            jetty.getContainedBeans(ServletContextHandler.class)
                    .forEach(context -> context.setErrorHandler(new org.eclipse.jetty.ee10.servlet.ErrorHandler()));
        }
    }

    private static void apply(Server jetty, Config config) {
        jetty.setErrorHandler(new ProblemErrorHandler());
        jetty.getContainedBeans(ServletContextHandler.class).forEach(context -> context.setErrorHandler(new ServletProblemErrorHandler()));
        long idleMillis = Math.max(1, config.idleTimeoutSeconds()) * 1000L;
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof InertConnector) {
                continue;
            }
            if (connector instanceof AbstractConnector network) {
                network.setIdleTimeout(idleMillis);
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setIdleTimeout(idleMillis);
                // Jetty's own minimum data rate counts the end of an empty body as its first byte and
                // then refuses it; the REST layer checks the rate of bodies itself (RequestBodyLimits).
                http.getHttpConfiguration().setMinRequestDataRate(0);
            }
        }
        LOG.info("HTTP: problem+json error pages, idle time-out {} s", idleMillis / 1000);
    }
}
