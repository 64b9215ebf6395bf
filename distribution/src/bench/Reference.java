import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * The reference the benchmark measures Samverka against: bare Jersey with Jackson on Jetty 12,
 * one resource answering a small JSON object, no OSGi, no security, no database. It runs from
 * the distribution's own jars, so Jetty, Jersey and Jackson are the versions Samverka serves with.
 *
 *   java -cp JARS Reference.java PORT     (GET http://127.0.0.1:PORT/hello)
 */
public final class Reference {

    @Path("hello")
    public static final class Hello {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, String> hello() {
            return Map.of("hello", "world");
        }
    }

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig application = new ResourceConfig().register(Hello.class).register(JacksonJsonProvider.class);
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("reference serving on " + args[0]);
        server.join();
    }
}
