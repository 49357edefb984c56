package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import gov.perftarget.messages.BilingualText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of a request into an {@code application/problem+json} response: invalid
 * fields (400), refused business rules (404/409/422), and, as a last resort, a 500 that reveals
 * nothing internal. One set of mappers serves all three services.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response problem = respond(headers, Problem.TYPE_PREFIX + e.type(), e.status(), e.detail(), uri,
                e.errors());
        // a service this one depends on is away: the client may retry shortly
        return e.status() == 503 ? Response.fromResponse(problem).header("Retry-After", "1").build() : problem;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<InvalidField> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new InvalidField(fieldPath(violation.getPropertyPath()), ValidationTexts.of(violation)));
        }
        errors.sort(Comparator.comparing(InvalidField::field));
        return validation(headers, uri, errors);
    }

    /** No token, an expired one, or one whose signature or issuer does not verify. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(respond(headers, Problem.TYPE_PREFIX + ProblemType.UNAUTHENTICATED.slug(), 401,
                MESSAGES.text("problem.unauthenticated"), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token whose roles do not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.FORBIDDEN.slug(), 403,
                MESSAGES.text("problem.forbidden"), uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        InvalidField error;
        if (e instanceof StrictJsonInput.RefusedValue refused) {
            error = new InvalidField(jsonPath(refused), refused.reason());
        } else if (e instanceof StreamConstraintsException) {
            error = new InvalidField("", MESSAGES.text("request.body-too-large"));
        } else if (!(e instanceof JsonMappingException mapping)) {
            error = new InvalidField("", MESSAGES.text("request.body-not-json"));
        } else if (jsonPath(mapping).isEmpty()) {
            error = new InvalidField("", MESSAGES.text("request.body-structure"));
        } else {
            error = new InvalidField(jsonPath(mapping), MESSAGES.text("request.value-wrong-type"));
        }
        return validation(headers, uri, List.of(error));
    }

    @ServerExceptionMapper
    public Response invalidParameter(EnumParameters.InvalidValue e, UriInfo uri, HttpHeaders headers) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.VALIDATION.slug(), 400, e.error().text(),
                uri, List.of(e.error()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps its parse errors in a plain 400
            return unreadableJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String key = MESSAGES.has("http." + status) ? "http." + status : "http.other";
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.slugOfStatus(status), status, MESSAGES.text(key), uri,
                List.of());
    }

    /** A concurrent change lost the race, or a uniqueness rule held in the database: the caller may retry. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof OptimisticLockException || causedBy(e, org.hibernate.exception.ConstraintViolationException.class)) {
            return respond(headers, Problem.TYPE_PREFIX + ProblemType.CONFLICT.slug(), 409,
                    MESSAGES.text("problem.conflict"), uri, List.of());
        }
        if (e instanceof org.hibernate.exception.JDBCConnectionException || String.valueOf(e.getMessage())
                .contains("Unable to acquire JDBC Connection")) {
            // overload (every connection busy) or the database away: the client may retry shortly
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(headers, Problem.TYPE_PREFIX + ProblemType.UNAVAILABLE.slug(), 503,
                    MESSAGES.text("problem.unavailable"), uri, List.of())).header("Retry-After", "1").build();
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.error("Unexpected failure", e);
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.INTERNAL.slug(), 500,
                MESSAGES.text("problem.internal"), uri, List.of());
    }

    private static Response validation(HttpHeaders headers, UriInfo uri, List<InvalidField> errors) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.VALIDATION.slug(), 400,
                MESSAGES.text("problem.validation"), uri, errors);
    }

    /** The problem in the language the client asked for, with the headers that say so. */
    private static Response respond(HttpHeaders headers, String type, int status, BilingualText detail, UriInfo uri,
            List<InvalidField> errors) {
        Language language = Language.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(type, ProblemTitles.title(status, language), status,
                language.of(detail), path(uri),
                errors.stream().map(error -> new Problem.FieldError(error.field(), error.message(language))).toList());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * {@code create.request.keyTasks[1].name} becomes {@code keyTasks[1].name}, the client's view of
     * the field; a query or path parameter keeps its own name ({@code list.size} becomes {@code size}).
     */
    static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER || (kind == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().isEmpty() && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
