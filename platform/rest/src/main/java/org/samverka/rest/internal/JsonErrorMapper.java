package org.samverka.rest.internal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.FieldError;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Bodies that are not JSON, or JSON of the wrong shape, as 400 problems naming the field. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.json")
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ProblemResponses.of(problemOf(exception));
    }

    static ApiProblem problemOf(JsonProcessingException exception) {
        StreamConstraintsException limit = constraintOf(exception);
        if (limit != null) {
            String what = limit.getOriginalMessage().replaceAll(", from `[^`]*`", "");
            if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return ApiProblem.invalid(List.of(new FieldError(fieldOf(mapping), "is too long: " + what)));
            }
            return ApiProblem.badRequest("The JSON body is too deeply nested or holds too long a text: " + what);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ApiProblem.invalid(List.of(new FieldError(fieldOf(mapping), messageOf(mapping))));
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return ApiProblem.badRequest("The JSON body must be " + describe(mismatched.getTargetType()) + ".");
        }
        JsonLocation at = exception.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ApiProblem.badRequest("The body is not valid JSON" + where + ": " + firstLine(exception.getOriginalMessage()));
    }

    /** The size limit behind the error, also when data binding wrapped it. */
    private static StreamConstraintsException constraintOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    static String fieldOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String messageOf(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "is not a known field" + (known.isEmpty() ? "" : "; known fields are " + known);
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "must be " + describe(invalid.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time, e.g. 2026-03-31";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
