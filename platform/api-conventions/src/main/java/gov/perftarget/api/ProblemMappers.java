package gov.perftarget.api;

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
        Response problem = respond(headers, Problem.TYPE_PREFIX + e.type(), e.status(), e.detail(), e.detailEn(), uri,
                e.errors());
        // a service this one depends on is away: the client may retry shortly
        return e.status() == 503 ? Response.fromResponse(problem).header("Retry-After", "1").build() : problem;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<InvalidField> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(InvalidField.ofBilingual(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(InvalidField::field));
        return validation(headers, uri, errors);
    }

    /** No token, an expired one, or one whose signature or issuer does not verify. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(respond(headers, Problem.TYPE_PREFIX + ProblemType.UNAUTHENTICATED.slug(), 401,
                "需要有效的访问令牌（Bearer JWT）", "A valid bearer token (JWT) is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token whose roles do not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.FORBIDDEN.slug(), 403, "当前角色无权执行此操作",
                "The caller's role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        InvalidField error;
        if (e instanceof StrictJsonInput.RefusedValue refused) {
            error = new InvalidField(jsonPath(refused), refused.reason().message(), refused.reason().messageEn());
        } else if (e instanceof StreamConstraintsException) {
            error = new InvalidField("", "请求体过大或嵌套过深", "The request body is too large or too deeply nested");
        } else if (!(e instanceof JsonMappingException mapping)) {
            error = new InvalidField("", "请求体不是有效的 JSON", "The request body is not valid JSON");
        } else if (jsonPath(mapping).isEmpty()) {
            error = new InvalidField("", "请求体的结构不正确", "The request body does not have the expected structure");
        } else {
            error = new InvalidField(jsonPath(mapping), "值的格式或类型不正确", "The value has the wrong format or type");
        }
        return validation(headers, uri, List.of(error));
    }

    @ServerExceptionMapper
    public Response invalidParameter(EnumParameters.InvalidValue e, UriInfo uri, HttpHeaders headers) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.VALIDATION.slug(), 400, e.error().message(), e.error().messageEn(),
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
        String detail = switch (status) {
            case 404 -> "请求的资源不存在";
            case 405 -> "该资源不支持此请求方法";
            case 406 -> "无法提供所要求的响应格式";
            case 415 -> "不支持该请求体格式，请使用 application/json";
            default -> "请求无法处理";
        };
        String detailEn = switch (status) {
            case 404 -> "The requested resource does not exist";
            case 405 -> "The resource does not support this method";
            case 406 -> "The requested response format cannot be given";
            case 415 -> "Unsupported request body format; send application/json";
            default -> "The request cannot be processed";
        };
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.slugOfStatus(status), status, detail, detailEn, uri, List.of());
    }

    /** A concurrent change lost the race, or a uniqueness rule held in the database: the caller may retry. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof OptimisticLockException || causedBy(e, org.hibernate.exception.ConstraintViolationException.class)) {
            return respond(headers, Problem.TYPE_PREFIX + ProblemType.CONFLICT.slug(), 409, "数据已被同时修改或与现有数据冲突，请刷新后重试",
                    "The data was changed concurrently or conflicts with existing data; reload and retry", uri, List.of());
        }
        if (e instanceof org.hibernate.exception.JDBCConnectionException || String.valueOf(e.getMessage())
                .contains("Unable to acquire JDBC Connection")) {
            // overload (every connection busy) or the database away: the client may retry shortly
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(headers, Problem.TYPE_PREFIX + ProblemType.UNAVAILABLE.slug(), 503,
                    "服务繁忙或数据库暂不可用，请稍后重试", "The service is busy or its database is unavailable; retry shortly",
                    uri, List.of())).header("Retry-After", "1").build();
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.error("Unexpected failure", e);
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.INTERNAL.slug(), 500, "服务内部错误，请稍后重试",
                "Internal error; please retry later", uri, List.of());
    }

    private static Response validation(HttpHeaders headers, UriInfo uri, List<InvalidField> errors) {
        return respond(headers, Problem.TYPE_PREFIX + ProblemType.VALIDATION.slug(), 400, "请求中有无效的字段", "The request has invalid fields",
                uri, errors);
    }

    /** The problem in the language the client asked for, with the headers that say so. */
    private static Response respond(HttpHeaders headers, String type, int status, String detail, String detailEn,
            UriInfo uri, List<InvalidField> errors) {
        Language language = Language.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(type, ProblemTitles.title(status, language), status,
                language == Language.EN ? detailEn : detail, path(uri),
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
