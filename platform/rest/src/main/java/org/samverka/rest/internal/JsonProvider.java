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
 * Reads and writes JSON for every resource of the whiteboard. Resources ask for it with
 * {@code @JSONRequired}, so this provider also decides whether any of them is served: it exists
 * only while access control does (the {@link CallerContext} of the security bundle). Without
 * it the API answers nothing but 404, instead of answering without checking who asks.
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
