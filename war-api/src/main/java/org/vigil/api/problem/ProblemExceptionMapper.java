package org.vigil.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.platform.problem.ProblemException;

/** Business refusals: each names its own type, status and extra members. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type().toString());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", Problem.bounded(e.detail()));
        body.putAll(e.extensions());
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA).entity(body);
        e.headers().forEach(response::header);
        return response.build();
    }
}
