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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + e.type(), e.title(), e.status(), e.detail(), e.detailEn(),
                path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(Problem.FieldError.ofBilingual(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(validation(uri, errors));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Problem.FieldError error;
        if (!(e instanceof JsonMappingException mapping)) {
            error = new Problem.FieldError("", "请求体不是有效的 JSON", "The request body is not valid JSON");
        } else if (jsonPath(mapping).isEmpty()) {
            error = new Problem.FieldError("", "请求体的结构不正确", "The request body does not have the expected structure");
        } else {
            error = new Problem.FieldError(jsonPath(mapping), "值的格式或类型不正确", "The value has the wrong format or type");
        }
        return respond(validation(uri, List.of(error)));
    }

    @ServerExceptionMapper
    public Response invalidParameter(EnumParameters.InvalidValue e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Bad Request", 400, e.error().message(),
                e.error().messageEn(), path(uri), List.of(e.error())));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps its parse errors in a plain 400
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "请求的资源不存在";
            case 405 -> "该资源不支持此请求方法";
            case 406 -> "无法提供所要求的响应格式";
            case 415 -> "不支持该请求体格式，请使用 application/json";
            default -> "请求无法处理";
        };
        return respond(new Problem(Problem.TYPE_PREFIX + "http-" + status, title, status, detail,
                e.getMessage() != null ? e.getMessage() : title, path(uri), List.of()));
    }

    /** A concurrent change lost the race, or a uniqueness rule held in the database: the caller may retry. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (e instanceof OptimisticLockException || causedBy(e, org.hibernate.exception.ConstraintViolationException.class)) {
            return respond(new Problem(Problem.TYPE_PREFIX + "conflict", "Conflict", 409,
                    "数据已被同时修改或与现有数据冲突，请刷新后重试",
                    "The data was changed concurrently or conflicts with existing data; reload and retry",
                    path(uri), List.of()));
        }
        if (e instanceof org.hibernate.exception.JDBCConnectionException || String.valueOf(e.getMessage())
                .contains("Unable to acquire JDBC Connection")) {
            // overload (every connection busy) or the database away: the client may retry shortly
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(new Problem(Problem.TYPE_PREFIX + "unavailable", "Service Unavailable",
                    503, "服务繁忙或数据库暂不可用，请稍后重试", "The service is busy or its database is unavailable; retry shortly",
                    path(uri), List.of()))).header("Retry-After", "1").build();
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.TYPE_PREFIX + "internal", "Internal Server Error", 500,
                "服务内部错误，请稍后重试", "Internal error; please retry later", path(uri), List.of()));
    }

    private static Problem validation(UriInfo uri, List<Problem.FieldError> errors) {
        return new Problem(Problem.TYPE_PREFIX + "validation", "Bad Request", 400,
                "请求中有无效的字段", "The request has invalid fields", path(uri), errors);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
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
