package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request makes before a resource sees it: its path and query parameters hold nothing the
 * database cannot store (a 400 naming the parameter). A body's type is the resources' own
 * {@code @Consumes}: every operation that reads a body declares JSON, so another type or none is a 415.
 */
public class RequestChecks {

    @ServerRequestFilter(preMatching = true)
    public void storableParameters(ContainerRequestContext request) {
        MultivaluedMap<String, String> query;
        String path;
        try {
            query = request.getUriInfo().getQueryParameters();
            path = request.getUriInfo().getPath();
        } catch (IllegalArgumentException malformed) {
            throw ApiException.badRequest("", MESSAGES.text("request.uri-encoding"));
        }
        if (!StrictJsonInput.storable(path)) {
            throw unstorable("path");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!StrictJsonInput.storable(parameter.getKey())) {
                throw unstorable("query");
            }
            for (String value : parameter.getValue()) {
                if (!StrictJsonInput.storable(value)) {
                    throw unstorable(parameter.getKey());
                }
            }
        }
    }

    private static ApiException unstorable(String parameter) {
        return ApiException.badRequest(parameter, MESSAGES.text("parameter.unstorable"));
    }
}
