package org.samverka.plugin.workshop;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/**
 * {@code /api/v1/regions/{regionId}/workshop/methods}, {@code /templates} and {@code /library}: the
 * region's library — the reference methods and templates, which are read-only, and the region's
 * own, which its editors add, change and remove, and export and import as one JSON file. The
 * region's municipalities read it (their workshops use it); the region's editors change it.
 */
@Component(service = RegionLibraryResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + WorkshopModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class RegionLibraryResource {

    private final OwnLibraryStore own;
    private final MethodLibrary reference;

    @Activate
    public RegionLibraryResource(@Reference OwnLibraryStore own, @Reference MethodLibrary reference) {
        this.own = own;
        this.reference = reference;
    }

    /** 200: the reference methods, then the region's own ({@code origin} tells which). */
    @GET
    @Path("methods")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<Method> methods(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return own.of(regionId).methods();
    }

    /** 200, with {@code ETag} for an own method; 404. */
    @GET
    @Path("methods/{methodId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response method(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("methodId") String id) {
        var shipped = reference.method(id);
        if (shipped.isPresent()) {
            return Response.ok(shipped.get()).build();
        }
        Method m = own.method(regionId, id);
        return VersionedResponses.ok(m, m.version());
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field; 409 when the region already has the id. */
    @POST
    @Path("methods")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createMethod(@PathParam(ApiPaths.REGION_ID) String regionId, OwnMethodInput body) {
        Method m = own.createMethod(regionId, checked(regionId, Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(base(regionId) + "/methods/" + m.id()), m, m.version());
    }

    /** 200; 400; 404; 409 for a reference method (read-only); 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("methods/{methodId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceMethod(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("methodId") String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, OwnMethodInput body) {
        readOnlyIfReference(reference.method(id).isPresent(), "method", id);
        IfMatch precondition = IfMatch.require(ifMatch);
        OwnMethodInput in = Validation.requireBody(body);
        sameId(id, in.id());
        Method m = own.replaceMethod(regionId, id, precondition, checked(regionId, new OwnMethodInput(id, in.stage(), in.minMinutes(),
                in.maxMinutes(), in.minPeople(), in.maxPeople(), in.name(), in.purpose(), in.materials(), in.steps())));
        return VersionedResponses.ok(m, m.version());
    }

    /** 204; 404; 409 for a reference method; 412; 428. Workshops that used it keep its id in their blocks. */
    @DELETE
    @Path("methods/{methodId}")
    public Response deleteMethod(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("methodId") String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        readOnlyIfReference(reference.method(id).isPresent(), "method", id);
        own.deleteMethod(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200: the reference templates, then the region's own. */
    @GET
    @Path("templates")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<MethodLibrary.Template> templates(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return own.of(regionId).templates();
    }

    /** 200, with {@code ETag} for an own template; 404. */
    @GET
    @Path("templates/{templateId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response template(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("templateId") String id) {
        var shipped = reference.template(id);
        if (shipped.isPresent()) {
            return Response.ok(shipped.get()).build();
        }
        MethodLibrary.Template t = own.template(regionId, id);
        return VersionedResponses.ok(t, t.version());
    }

    /** 201; 400 (a block's method must be in the region's library); 409 when the region already has the id. */
    @POST
    @Path("templates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTemplate(@PathParam(ApiPaths.REGION_ID) String regionId, OwnTemplateInput body) {
        MethodLibrary.Template t = own.createTemplate(regionId, checked(regionId, Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(base(regionId) + "/templates/" + t.id()), t, t.version());
    }

    /** 200; 400; 404; 409 for a reference template; 412; 428. */
    @PUT
    @Path("templates/{templateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceTemplate(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("templateId") String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, OwnTemplateInput body) {
        readOnlyIfReference(reference.template(id).isPresent(), "template", id);
        IfMatch precondition = IfMatch.require(ifMatch);
        OwnTemplateInput in = Validation.requireBody(body);
        sameId(id, in.id());
        MethodLibrary.Template t = own.replaceTemplate(regionId, id, precondition,
                checked(regionId, new OwnTemplateInput(id, in.name(), in.description(), in.days())));
        return VersionedResponses.ok(t, t.version());
    }

    /** 204; 404; 409 for a reference template; 412; 428. */
    @DELETE
    @Path("templates/{templateId}")
    public Response deleteTemplate(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("templateId") String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        readOnlyIfReference(reference.template(id).isPresent(), "template", id);
        own.deleteTemplate(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200: the region's own methods and templates as one file, to import into another installation. */
    @GET
    @Path("library")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response export(@PathParam(ApiPaths.REGION_ID) String regionId) {
        LibraryFile file = new LibraryFile(LibraryFile.FORMAT, regionId,
                own.methods(regionId).stream().map(OwnMethodInput::of).toList(),
                own.templates(regionId).stream().map(OwnTemplateInput::of).toList());
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"workshop-library-" + regionId + ".json\"").build();
    }

    /**
     * 200 with what was created and what replaced: every method and template of the file, checked
     * whole first (400 names every bad field, nothing written), then written in one transaction.
     * A template may use the file's own methods.
     */
    @POST
    @Path("library")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnLibraryStore.Imported importLibrary(@PathParam(ApiPaths.REGION_ID) String regionId, LibraryFile body) {
        LibraryFile file = Validation.requireBody(body);
        var check = new Validation();
        check.check(LibraryFile.FORMAT.equals(file.format()), "format", "must be '" + LibraryFile.FORMAT
                + "', as GET …/workshop/library writes it");
        List<OwnMethodInput> methodsIn = file.methods() == null ? List.of() : file.methods();
        List<OwnTemplateInput> templatesIn = file.templates() == null ? List.of() : file.templates();
        check.check(methodsIn.size() <= 500, "methods", "at most 500 in one file");
        check.check(templatesIn.size() <= 200, "templates", "at most 200 in one file");
        check.throwIfInvalid();
        Library current = own.of(regionId);
        Set<String> seen = new HashSet<>();
        List<Method> methods = new ArrayList<>();
        for (int i = 0; i < methodsIn.size(); i++) {
            Method m = OwnLibraryValidation.method(check, "methods[" + i + "]", methodsIn.get(i), reference, regionId);
            if (m != null) {
                check.check(seen.add(m.id()), "methods[" + i + "].id", "is in the file twice");
                methods.add(m);
            }
        }
        Set<String> templateIds = new HashSet<>();
        List<MethodLibrary.Template> templates = new ArrayList<>();
        for (int i = 0; i < templatesIn.size(); i++) {
            MethodLibrary.Template t = OwnLibraryValidation.template(check, "templates[" + i + "]", templatesIn.get(i), reference,
                    id -> seen.contains(id) || current.method(id).isPresent(), regionId);
            if (t != null) {
                check.check(templateIds.add(t.id()), "templates[" + i + "].id", "is in the file twice");
                templates.add(t);
            }
        }
        check.throwIfInvalid();
        return own.importAll(regionId, methods, templates);
    }

    private Method checked(String regionId, OwnMethodInput in) {
        var check = new Validation();
        Method m = OwnLibraryValidation.method(check, "", in, reference, regionId);
        check.throwIfInvalid();
        return m;
    }

    private MethodLibrary.Template checked(String regionId, OwnTemplateInput in) {
        var check = new Validation();
        Library library = own.of(regionId);
        MethodLibrary.Template t = OwnLibraryValidation.template(check, "", in, reference, id -> library.method(id).isPresent(), regionId);
        check.throwIfInvalid();
        return t;
    }

    private static void readOnlyIfReference(boolean isReference, String what, String id) {
        if (isReference) {
            throw ApiProblem.conflict("'" + id + "' is a reference " + what + " shipped with the plugin and is read-only. Save your own "
                    + what + " under another id (POST …/" + what + "s), starting from this one's text if you like.");
        }
    }

    private static void sameId(String pathId, String bodyId) {
        if (bodyId != null && !Objects.equals(pathId, bodyId)) {
            throw ApiProblem.invalid("id", "must be the id in the path ('" + pathId + "') or left out; an id cannot be changed");
        }
    }

    private static String base(String regionId) {
        return ApiPaths.BASE + "/regions/" + regionId + "/" + WorkshopModule.ID;
    }
}
