package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes each service's OpenAPI document at build time, so that what every API shares is
 * written once:
 * <ul>
 * <li>every schema property gets its description (Chinese term and English) and a seed-form
 * example from the shared glossary {@code api-glossary.json}, keyed {@code Schema.property} or
 * {@code property}, unless the code gives its own;</li>
 * <li>every operation gets the {@code Accept-Language} parameter and the error responses any
 * operation of its kind can give (400 with parameters or a body, 404 with a path id, 500, 503);</li>
 * <li>every request and response body gets an example: the service's own from
 * {@code openapi-examples.json} (keyed by operationId), else one composed from the property
 * examples; every problem response one of its status.</li>
 * </ul>
 * The lint in {@code platform/tools/api-contracts} checks that nothing is left without.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String GLOSSARY = "api-glossary.json";
    static final String SERVICE_EXAMPLES = "openapi-examples.json";
    private static final String PROBLEM = "Problem";
    /** The operation extension that lists the problem types an operation can answer with, beyond the generic ones. */
    public static final String PROBLEM_TYPES = "x-problem-types";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode glossary = read(GLOSSARY);
    private final JsonNode serviceExamples = read(SERVICE_EXAMPLES);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        ensureProblemSchemas(components);
        components.addParameter("AcceptLanguage", OASFactory.createParameter().name("Accept-Language")
                .in(Parameter.In.HEADER).required(false)
                .description("消息语言 (language of error messages): zh (default) or en, as RFC 9110 Accept-Language")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("zh-CN"));
        // the scanner's own examples of these types are arbitrary; ours are of the seed form's time and zone
        exampleOf(components, "OffsetDateTime", "2026-03-06T10:00:00+08:00");
        exampleOf(components, "Instant", "2026-03-06T02:00:00Z");
        exampleOf(components, "UUID", "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b");
        describeSchemas(components.getSchemas());
        describeProperties(components.getSchemas());
        decimalsAsStrings(components.getSchemas());
        // the scanner puts the build machine's host here; clients call the service where it is deployed
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("this service (behind the Ingress: /budget, /indicator or /review)")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation, components)));
        requireWhatAnswersAlwaysHold(openAPI, components.getSchemas());
    }

    /** Marks a schema whose class leaves null fields out of its JSON ({@code @JsonInclude(NON_NULL)}). */
    public static final String OMITS_NULLS = "x-omits-nulls";

    /**
     * Every property of a schema that only answers use is {@code required}: the services write every field of
     * an answer, null or not (Jackson's default), and a field that can be null is typed so ({@code nullable}).
     * Not for schemas a request also uses (a request may leave optional fields out), nor for those that leave
     * nulls out ({@value #OMITS_NULLS}, and the problem schemas).
     */
    private static void requireWhatAnswersAlwaysHold(OpenAPI openAPI, Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> reach(media.getSchema(), schemas, inRequests));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        response.getContent().getMediaTypes().values()
                                .forEach(media -> reach(media.getSchema(), schemas, inAnswers));
                    }
                });
            }
        }));
        for (String name : inAnswers) {
            Schema schema = schemas.get(name);
            boolean omitsNulls = schema.getExtensions() != null && schema.getExtensions().containsKey(OMITS_NULLS);
            if (inRequests.contains(name) || omitsNulls || name.startsWith(PROBLEM) || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    /** The component schemas a schema uses, itself included, however deep. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (reached.add(name) && schemas.containsKey(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, reached));
        }
        reach(schema.getItems(), schemas, reached);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, reached);
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> reach(part, schemas, reached));
            }
        }
    }

    private static void exampleOf(Components components, String schemaName, Object example) {
        if (components.getSchemas() != null && components.getSchemas().containsKey(schemaName)) {
            components.getSchemas().get(schemaName).setExamples(List.of(example));
        }
    }

    /** Each component schema's description ({@code schema:Name} in the glossary), unless the code gives one. */
    private void describeSchemas(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        schemas.forEach((name, schema) -> {
            JsonNode entry = glossary.get("schema:" + name);
            if (entry != null && (schema.getDescription() == null || schema.getDescription().isBlank())) {
                schema.setDescription(entry.get("description").asText());
            }
        });
    }

    /**
     * Exact numbers travel as decimal strings ({@link ExactDecimalJson}): a {@code number} the scanner
     * wrote (a map of decimals, a numeric example) is made a string here, so the document says what the wire holds.
     */
    private static void decimalsAsStrings(Map<String, Schema> schemas) {
        if (schemas != null) {
            Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            schemas.values().forEach(schema -> decimalsAsStrings(schema, seen));
        }
    }

    private static void decimalsAsStrings(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        boolean decimal = "decimal".equals(schema.getFormat())
                || (schema.getRef() != null && schema.getRef().endsWith("/java.math.BigDecimal"));
        if (types.contains(Schema.SchemaType.NUMBER) && schema.getRef() == null) {
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setFormat("decimal");
            schema.setPattern("^-?\\d+(\\.\\d+)?$");
            decimal = true;
        }
        if (decimal && schema.getExamples() != null) {
            schema.setExamples(schema.getExamples().stream().map(e -> e instanceof Number ? e.toString() : e).toList());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> decimalsAsStrings(property, seen));
        }
        decimalsAsStrings(schema.getItems(), seen);
        decimalsAsStrings(schema.getAdditionalPropertiesSchema(), seen);
    }

    private void describeProperties(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        schemas.forEach((schemaName, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((property, propertySchema) -> {
                JsonNode entry = glossary.has(schemaName + "." + property) ? glossary.get(schemaName + "." + property)
                        : glossary.get(property);
                if (entry == null) {
                    return;
                }
                if (propertySchema.getDescription() == null || propertySchema.getDescription().isBlank()) {
                    propertySchema.setDescription(entry.get("description").asText());
                }
                if (entry.has("example") && (propertySchema.getExamples() == null || propertySchema.getExamples().isEmpty())) {
                    propertySchema.setExamples(List.of(JSON.convertValue(entry.get("example"), Object.class)));
                }
            });
        });
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        boolean hasPathId = path.contains("{");
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::describeParameter);
        }
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/AcceptLanguage"));

        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (hasInput) {
            addProblem(responses, "400", "请求无效 (invalid fields or parameters), each named in errors[]");
        }
        if (hasPathId) {
            addProblem(responses, "404", "未找到 (no such resource)");
        }
        if (path.startsWith("/api/")) {
            // every API operation needs a bearer token (the scanner may have added bare 401/403 already)
            replaceBareResponse(responses, "401");
            replaceBareResponse(responses, "403");
            addProblem(responses, "401", "未认证 (no bearer token, or one expired, wrongly signed or of another issuer)");
            addProblem(responses, "403", "无权访问 (the token's roles do not allow this operation)");
        }
        addProblem(responses, "406", "无法提供所要求的格式 (Accept names no format the operation gives)");
        addProblem(responses, "500", "服务内部错误 (internal error); nothing was changed, retry later");
        addProblem(responses, "503", "服务暂不可用 (busy or a dependency is down); retry after Retry-After seconds");

        Map<String, List<ProblemType>> ownTypes = problemTypes(operation);
        ownTypes.forEach((status, types) -> addProblem(responses, status, STATUS_DESCRIPTIONS.getOrDefault(status, "")));

        JsonNode own = serviceExamples.path(operation.getOperationId());
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            exemplify(operation.getRequestBody().getContent(), own.get("request"), components);
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getContent() == null) {
                return;
            }
            if (status.startsWith("2")) {
                exemplify(response.getContent(), own.path("responses").get(status), components);
            } else {
                ownTypes.getOrDefault(status, List.of()).forEach(type -> typedProblemExample(response.getContent(), type, path));
                problemExample(response.getContent(), status, path);
            }
        });
    }

    /** The statuses every operation can answer with a generic problem type (validation, not-found, unavailable …). */
    private static final Set<Integer> GENERIC_STATUSES = Set.of(400, 401, 403, 404, 406, 500, 503);

    /** The 4xx/5xx answers a problem type's status names when an operation lists the type but not the status. */
    private static final Map<String, String> STATUS_DESCRIPTIONS = Map.of(
            "409", "与当前状态冲突 (conflicts with the current state); the problem type says which",
            "412", "版本已变 (If-Match names an older version): read again",
            "413", "内容过大 (too large)",
            "422", "违反业务规则 (breaks a business rule), each broken rule named in errors[]",
            "428", "缺少 If-Match (If-Match is missing)",
            "503", "服务暂不可用 (busy or a dependency is down); retry after Retry-After seconds");

    /**
     * The problem types the operation lists ({@code @Extension(name = "x-problem-types", value = "slug slug …")} on
     * its resource method), by status; the extension is rewritten as that map ({@code {"409": ["declaration-exists"]}}),
     * which generated clients and the frontend read. A slug that names no {@link ProblemType} fails the build.
     */
    private static Map<String, List<ProblemType>> problemTypes(Operation operation) {
        Map<String, List<ProblemType>> byStatus = new java.util.TreeMap<>();
        Object listed = operation.getExtensions() == null ? null : operation.getExtensions().get(PROBLEM_TYPES);
        if (listed == null) {
            return byStatus;
        }
        for (String slug : listed.toString().trim().split("\\s+")) {
            ProblemType type = java.util.Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " lists " + slug
                            + " in " + PROBLEM_TYPES + ", which is no ProblemType"));
            byStatus.computeIfAbsent(String.valueOf(type.status()), key -> new ArrayList<>()).add(type);
        }
        Map<String, List<String>> extension = new LinkedHashMap<>();
        byStatus.forEach((status, types) -> extension.put(status, types.stream().map(ProblemType::slug).toList()));
        operation.addExtension(PROBLEM_TYPES, extension);
        return byStatus;
    }

    /** An example of one listed problem type, named by its slug, with the detail the service's messages give it. */
    private static void typedProblemExample(Content content, ProblemType type, String path) {
        MediaType mediaType = content.getMediaType(Problem.MEDIA_TYPE);
        if (mediaType == null || (mediaType.getExamples() != null && mediaType.getExamples().containsKey(type.slug()))) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problem.TYPE_PREFIX + type.slug());
        problem.put("title", ProblemTitles.title(type.status(), Language.ZH));
        problem.put("status", type.status());
        problem.put("detail", ProblemDetails.chinese(type));
        problem.put("instance", path.replaceAll("\\{[^}]*}", "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b"));
        mediaType.addExample(type.slug(), OASFactory.createExample()
                .summary(type.slug() + " (" + type.status() + "), in Chinese (the default)").value(problem));
    }

    /** A parameter's description and example from the glossary ({@code param:name}), unless the code gives them. */
    private void describeParameter(Parameter parameter) {
        JsonNode entry = parameter.getName() == null ? null : glossary.get("param:" + parameter.getName());
        if (entry == null) {
            return;
        }
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.setDescription(entry.get("description").asText());
        }
        if (parameter.getExample() == null && (parameter.getExamples() == null || parameter.getExamples().isEmpty())
                && entry.has("example")) {
            parameter.setExample(JSON.convertValue(entry.get("example"), Object.class));
        }
    }

    private static void replaceBareResponse(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() == null) {
            responses.removeAPIResponse(status);
        }
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM)))));
        }
    }

    /** The body's example: the service's own when it has one, else composed from the property examples. */
    private static void exemplify(Content content, JsonNode own, Components components) {
        content.getMediaTypes().forEach((mediaTypeName, mediaType) -> {
            if (hasExample(mediaType) || mediaType.getSchema() == null) {
                return;
            }
            Object value = own != null ? JSON.convertValue(own, Object.class)
                    : compose(mediaType.getSchema(), components.getSchemas(), new HashSet<>(), 0);
            if (value != null) {
                mediaType.addExample("seed", OASFactory.createExample()
                        .summary(own != null ? "广州市科学技术局 (the seed form)" : "composed from the seed form's values")
                        .value(value));
            }
        });
    }

    private void problemExample(Content content, String status, String path) {
        MediaType mediaType = content.getMediaType(Problem.MEDIA_TYPE);
        int code = Integer.parseInt(status);
        // the listed types' examples cover a 409 or 422; a 400, 404 or 503 any operation can give keeps its own beside them
        if (mediaType == null || mediaType.getExample() != null
                || (mediaType.getExamples() != null && mediaType.getExamples().containsKey("problem"))
                || (hasExample(mediaType) && !GENERIC_STATUSES.contains(code))) {
            return;
        }
        String kind = switch (code) {
            case 400 -> "validation";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 428 -> "precondition-required";
            case 503 -> "unavailable";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 406 -> "http-406";
            case 500 -> "internal";
            default -> "http-" + code;
        };
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problem.TYPE_PREFIX + kind);
        problem.put("title", ProblemTitles.title(code, Language.ZH));
        problem.put("status", code);
        problem.put("detail", (switch (code) {
            case 400 -> MESSAGES.text("problem.validation");
            case 404 -> MESSAGES.text("problem.not-found", "申报表", "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b", "declaration");
            case 409 -> MESSAGES.text("title.409");
            case 412 -> MESSAGES.text("problem.stale-version", 4, 3);
            case 422 -> MESSAGES.text("title.422");
            case 428 -> MESSAGES.text("problem.precondition-required");
            case 401 -> MESSAGES.text("problem.unauthenticated");
            case 403 -> MESSAGES.text("problem.forbidden");
            case 406 -> MESSAGES.text("http.406");
            case 503 -> MESSAGES.text("problem.unavailable");
            default -> MESSAGES.text("problem.internal");
        }).zh());
        problem.put("instance", path.replaceAll("\\{[^}]*}", "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b"));
        if (code == 400 || code == 422) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "budget.basicExpenditure");
            error.put("message", "须为最多两位小数的金额");
            problem.put("errors", List.of(error));
        }
        Example example = OASFactory.createExample().summary("status " + status + ", in Chinese (the default)").value(problem);
        mediaType.addExample("problem", example);
    }

    private static boolean hasExample(MediaType mediaType) {
        return mediaType.getExample() != null || (mediaType.getExamples() != null && !mediaType.getExamples().isEmpty());
    }

    /** A value for the schema from its own or its properties' examples; null when there is nothing to say. */
    static Object compose(Schema schema, Map<String, Schema> schemas, Set<String> visiting, int depth) {
        if (schema == null || depth > 30) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (schemas == null || !schemas.containsKey(name) || !visiting.add(name)) {
                return null;
            }
            try {
                return compose(schemas.get(name), schemas, visiting, depth + 1);
            } finally {
                visiting.remove(name);
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> alternatives : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf()))) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    Object value = compose(alternative, schemas, visiting, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = compose(schema.getItems(), schemas, visiting, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = compose(property, schemas, visiting, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object;
        }
        if (types.contains(Schema.SchemaType.OBJECT)) {
            return Map.of();
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return 1;
        }
        if (types.contains(Schema.SchemaType.STRING) && "date-time".equals(schema.getFormat())) {
            return "2026-03-06T10:00:00+08:00";
        }
        if (types.contains(Schema.SchemaType.STRING) && "decimal".equals(schema.getFormat())) {
            return "100.00";
        }
        if (types.contains(Schema.SchemaType.STRING) && "uuid".equals(schema.getFormat())) {
            return "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b";
        }
        return null;
    }

    private static void ensureProblemSchemas(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM)) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addSchema("ProblemFieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("无效字段 (invalid field)")
                .addProperty("field", string).addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("错误详情 (problem details, RFC 9457), in the language chosen by Accept-Language")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + "ProblemFieldError"))));
    }

    private static JsonNode read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : ApiDocumentFilter.class.getClassLoader())
                .getResourceAsStream(resource)) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
