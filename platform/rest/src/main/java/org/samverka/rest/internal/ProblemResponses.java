package org.samverka.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way the API answers an error: an RFC 9457 document, serialized here rather than by a
 * message body writer so that it is written whatever the client asked for in {@code Accept}.
 */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    static Response of(ApiProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE)
                .entity(document(problem.status(), problem.type(), problem.title(), problem.detail(), problem.errors()));
        problem.headers().forEach(response::header);
        return response.build();
    }

    static Response of(int status, String title, String detail) {
        return of(status, ApiProblem.TYPE_BLANK, title, detail, List.of());
    }

    static Response of(int status, String type, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(ApiProblem.MEDIA_TYPE)
                .entity(document(status, type, title, detail, errors)).build();
    }

    static String document(int status, String type, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(e -> {
                        Map<String, String> error = new LinkedHashMap<>();
                        error.put("field", e.field());
                        error.put("message", e.message());
                        return error;
                    })
                    .toList());
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A problem document of strings and numbers is always writable", impossible);
        }
    }
}
