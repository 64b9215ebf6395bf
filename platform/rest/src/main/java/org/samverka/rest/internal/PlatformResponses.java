package org.samverka.rest.internal;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The error answers the platform gives for every operation, whichever bundle's it is, added to
 * the merged OpenAPI document as problem+json responses: a bundle's fragment is written from its
 * own annotations, which know nothing of the access control, the module gate or readiness in
 * front of it. An operation open to anyone (health, signing in, the first start's set-up) is
 * marked {@code x-samverka-open: true} by an {@code @Operation} extension on its resource method,
 * since the swagger build cannot write an empty {@code security}: here it gets {@code security: []}
 * and no 401 or 403. One that takes {@code If-Match} gets 412 and 428. A response the fragment
 * documents itself is left as it is.
 */
final class PlatformResponses {

    private static final String PROBLEM = "#/components/schemas/SamverkaProblem";
    private static final Map<String, String[]> RESPONSES = Map.of(
            "400", new String[] {"BadRequest", "The request is malformed or a field is invalid; errors names each field"},
            "401", new String[] {"Unauthorized", "No token or session, or one that is unknown, expired or revoked"},
            "403", new String[] {"Forbidden", "The caller's role or scope does not allow this"},
            "404", new String[] {"NotFound", "No such tenant or item, or the module is not enabled for the tenant"},
            "412", new String[] {"PreconditionFailed", "If-Match names a version that is no longer current"},
            "428", new String[] {"PreconditionRequired", "The change needs If-Match with the version read"},
            "503", new String[] {"Unavailable", "The platform or the module is starting or stopped; try again after Retry-After"});

    private PlatformResponses() {
    }

    /** Adds the Problem schema, the shared responses, and references to them on every operation. */
    static void addTo(ObjectNode document) {
        ObjectNode components = (ObjectNode) document.path("components");
        problemSchema((ObjectNode) components.get("schemas"));
        ObjectNode responses = components.putObject("responses");
        RESPONSES.forEach((status, response) -> responses.putObject(response[0]).put("description", response[1])
                .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM));
        for (Iterator<JsonNode> paths = document.path("paths").elements(); paths.hasNext();) {
            for (Iterator<JsonNode> operations = paths.next().elements(); operations.hasNext();) {
                JsonNode operation = operations.next();
                if (operation.isObject()) {
                    addToOperation((ObjectNode) operation);
                }
            }
        }
    }

    private static void addToOperation(ObjectNode operation) {
        boolean open = operation.path("x-samverka-open").asBoolean(false);
        if (open) {
            operation.putArray("security");
        }
        boolean takesInput = operation.has("requestBody") || has(operation, "query") || has(operation, "path");
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        refer(responses, "400", takesInput);
        refer(responses, "401", !open);
        refer(responses, "403", !open);
        refer(responses, "404", has(operation, "path"));
        refer(responses, "412", hasIfMatch(operation));
        refer(responses, "428", hasIfMatch(operation));
        refer(responses, "503", true);
    }

    private static void refer(ObjectNode responses, String status, boolean applies) {
        if (applies && !responses.has(status)) {
            responses.putObject(status).put("$ref", "#/components/responses/" + RESPONSES.get(status)[0]);
        }
    }

    private static boolean has(JsonNode operation, String in) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText()) && "If-Match".equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9457 problem details, with the platform's {@code errors} naming each offending field. */
    private static void problemSchema(ObjectNode schemas) {
        ObjectNode problem = schemas.putObject("SamverkaProblem").put("type", "object")
                .put("description", "RFC 9457 problem details; every error of the API has this shape");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("description", "A URI naming the kind of problem");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string").put("description", "What went wrong and what to do about it");
        properties.putObject("instance").put("type", "string");
        ObjectNode error = properties.putObject("errors").put("type", "array").putObject("items").put("type", "object")
                .putObject("properties");
        error.putObject("field").put("type", "string");
        error.putObject("message").put("type", "string");
    }
}
