package org.samverka.rest.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;

/** Problems thrown on purpose by resources and services. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.api")
public final class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Override
    public Response toResponse(ApiProblem problem) {
        return ProblemResponses.of(problem);
    }
}
