package org.samverka.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;
import org.osgi.service.jakartars.whiteboard.annotations.RequireJakartarsWhiteboard;

/**
 * Marks a component as a resource of the Samverka REST API. It registers the component with the
 * Jakarta REST whiteboard and names the two platform extensions the resource cannot serve
 * without: the JSON provider ({@value #JSON}) and access control ({@value #ACCESS_CONTROL}).
 * While either is missing the whiteboard lists the resource as failed in its runtime DTOs, and
 * {@code /health} says so, instead of the resource serving unchecked or silently not at all.
 *
 * <pre>{@code
 * @Component(service = NotesResource.class)
 * @SamverkaResource
 * @Path(ApiPaths.MUNICIPALITY + "/notes")
 * @Produces(MediaType.APPLICATION_JSON)
 * public final class NotesResource { ... }
 * }</pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@RequireJakartarsWhiteboard
public @interface SamverkaResource {

    /** Prefix of the property names: {@code osgi.jakartars.resource}, {@code osgi.jakartars.extension.select}. */
    String PREFIX_ = "osgi.jakartars.";

    /** The name of the platform's JSON provider. */
    String JSON = "samverka.json";

    /** The name of the platform's access-control extension. */
    String ACCESS_CONTROL = "samverka.access-control";

    /** Registers the component as a whiteboard resource. */
    boolean resource() default true;

    /** The extensions the resource needs; a resource may add its own to these. */
    String[] extension_select() default {"(osgi.jakartars.name=" + JSON + ")", "(osgi.jakartars.name=" + ACCESS_CONTROL + ")"};
}
