package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.messages.BilingualText;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The size limits of a request, answered as problems (413, 414, 431) like every other refusal. It runs before
 * the HTTP layer's own body limit, which would answer a bare 413; the HTTP layer's limits on the request line
 * and header block are set far above these ({@code quarkus.http.limits.*}), so that only a request beyond them
 * gets the bare status with which that layer closes the connection.
 */
@ApplicationScoped
public class HttpLimits {

    private final ObjectMapper json;
    private final long maxBody;
    private final int maxRequestLine;
    private final int maxHeaderBlock;

    public HttpLimits(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
            @ConfigProperty(name = "perftarget.http.max-request-line", defaultValue = "8192") int maxRequestLine,
            @ConfigProperty(name = "perftarget.http.max-header-block", defaultValue = "16384") int maxHeaderBlock) {
        this.json = json;
        this.maxBody = maxBody.asLongValue();
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBlock = maxHeaderBlock;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + request.uri().length() + 10 > maxRequestLine) {
            refuse(context, ProblemType.URI_TOO_LONG, MESSAGES.text("request.uri-too-long", maxRequestLine));
            return;
        }
        long headerBlock = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBlock += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBlock > maxHeaderBlock) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, MESSAGES.text("request.headers-too-large", maxHeaderBlock));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(context, ProblemType.REQUEST_TOO_LARGE, MESSAGES.text("request.body-over-limit", maxBody));
            return;
        }
        context.next();
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    /** The problem, in the client's language; the connection closes, as the body it announced is not read. */
    private void refuse(RoutingContext context, ProblemType type, BilingualText detail) {
        Language language = Language.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(Problem.TYPE_PREFIX + type.slug(), ProblemTitles.title(type.status(), language),
                type.status(), language.of(detail), null, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body).onComplete(sent -> context.request().connection().close());
    }
}
