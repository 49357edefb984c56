package gov.perftarget.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page of a list says where the next and the previous page are (RFC 8288 {@code Link}, relations
 * {@code next}, {@code prev}, {@code first}): the same request with another {@code page}, so that a client
 * pages through a list without building URLs. Relative to the API's root, as the request reached it.
 */
public class PageLinks {

    @ServerResponseFilter
    public void links(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page) || response.getStatus() != 200) {
            return;
        }
        List<String> links = new ArrayList<>();
        long pages = page.size() == 0 ? 0 : (page.total() + page.size() - 1) / page.size();
        if (page.page() + 1 < pages) {
            links.add(link(request, page.page() + 1, "next"));
        }
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1, Math.max(0, pages - 1)), "prev"));
            links.add(link(request, 0, "first"));
        }
        if (!links.isEmpty()) {
            response.getHeaders().putSingle("Link", String.join(", ", links));
        }
    }

    private static String link(ContainerRequestContext request, long page, String relation) {
        var uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQueryParam("page", page).build();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "<" + pathAndQuery + ">; rel=\"" + relation + "\"";
    }
}
