package org.samverka.rest.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.Designate;
import org.samverka.api.security.CallerContext;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * Reads and writes JSON for every resource of the whiteboard. Resources select it by name with
 * {@code @SamverkaResource} (which also selects access control), or by media type with
 * {@code @JSONRequired}. It exists only while access control does (the {@link CallerContext} of
 * the security bundle), so that even a resource that selects only JSON is never served without
 * checking who asks: while security is down the API answers 404 and {@code /health} 503.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JakartarsExtension
@JakartarsName("samverka.json")
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public final class JsonProvider extends JacksonJsonProvider {

    @Activate
    public JsonProvider(RestConfig config, @Reference CallerContext accessControl) {
        super(JsonMappers.strict(config.maxJsonDepth(), config.maxJsonStringLength()));
    }
}
