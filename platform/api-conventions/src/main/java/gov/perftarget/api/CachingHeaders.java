package gov.perftarget.api;

import java.util.Arrays;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer says how it may be cached (RFC 9111), and a read of an unchanged resource costs no body
 * (RFC 9110 §13.1.2):
 * <ul>
 * <li>an answer with a version ({@code ETag}) is the caller's own but may be kept and revalidated:
 * {@code Cache-Control: private, no-cache}; a {@code GET} whose {@code If-None-Match} names that version is
 * answered {@code 304 Not Modified} without a body;</li>
 * <li>any other answer: {@code no-store} (a caller's data, a problem, a file).</li>
 * </ul>
 */
public class CachingHeaders {

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean revalidate = etag != null && response.getStatus() < 300;
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, revalidate ? "private, no-cache" : "no-store");
        }
        if (etag != null && response.getStatus() == 200 && isRead(request.getMethod())
                && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), String.valueOf(tag(etag)))) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static Object tag(Object etag) {
        return etag instanceof EntityTag entity ? "\"" + entity.getValue() + "\"" : etag;
    }

    /** If-None-Match: {@code *} or a list of tags; weak tags compare by their value (weak comparison). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String current = etag.startsWith("W/") ? etag.substring(2) : etag;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
