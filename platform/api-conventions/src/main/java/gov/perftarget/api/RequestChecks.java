package gov.perftarget.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request makes before a resource sees it: its path and query parameters hold nothing the
 * database cannot store (a 400 naming the parameter), and a body is JSON unless the operation says
 * otherwise ({@code @Consumes}): a body of another or no declared type is not read as JSON (415).
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
            throw ApiException.badRequest("", "请求地址的编码不正确", "The request URI is not correctly encoded");
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

    @ServerRequestFilter
    public void jsonBody(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !readsBody(method) || method.isAnnotationPresent(Consumes.class)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"))) {
            throw new NotSupportedException();
        }
    }

    /** Whether the method takes the request body: a parameter that is none of path, query, header, bean or context. */
    private static boolean readsBody(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] parameterAnnotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            Annotation[] annotations = parameterAnnotations[i];
            String typeName = types[i].getName();
            // UriInfo, HttpHeaders and the like are given without @Context
            boolean bound = typeName.startsWith("jakarta.ws.rs.") || typeName.startsWith("io.vertx.")
                    || typeName.startsWith("org.jboss.resteasy.");
            for (Annotation annotation : annotations) {
                String type = annotation.annotationType().getName();
                bound |= type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.RestPath")
                        || type.startsWith("org.jboss.resteasy.reactive.RestQuery")
                        || type.startsWith("org.jboss.resteasy.reactive.RestHeader");
            }
            if (!bound) {
                return true;
            }
        }
        return false;
    }

    private static ApiException unstorable(String parameter) {
        return ApiException.badRequest(parameter, "参数含有无法保存的控制字符或无效的 Unicode 字符",
                "The parameter holds control characters or invalid Unicode that cannot be stored");
    }
}
