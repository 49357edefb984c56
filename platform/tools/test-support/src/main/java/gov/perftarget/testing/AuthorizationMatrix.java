package gov.perftarget.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix of one service (issue 6): every operation of its OpenAPI document,
 * called by every kind of caller, answers as its rule says. The operations come from the document
 * the service serves, so an endpoint added without a rule here fails the test.
 *
 * <p>What each caller gets: no token, an expired one or a wrongly signed one: 401. A role the rule
 * does not allow: 403. A declarant of another department, on a resource of the fixture's department:
 * 404 (as for a missing resource, so that ids cannot be probed), 422 for a body naming the
 * fixture's department (as for a missing department), and no list shows it the fixture's data. An allowed caller passes authorization (neither 401 nor 403; nor 404 on the fixture's own
 * resources).
 */
public final class AuthorizationMatrix {

    /** The callers every operation is tried with. */
    public enum Caller {
        NO_TOKEN, EXPIRED_TOKEN, WRONG_SIGNATURE, DECLARANT_OF_THE_DEPARTMENT, DECLARANT_OF_ANOTHER_DEPARTMENT,
        REVIEWER, ADMIN
    }

    /** The roles, as the rules name them. */
    public enum Role {
        DECLARANT, REVIEWER, ADMIN
    }

    /** Whether an operation touches department data, and how a declarant of another department is kept out. */
    public enum Scope {
        /** Not department data (catalogue, library, rule sets, operations). */
        NONE,
        /** One resource of the fixture's department, by id: another department's declarant gets 404. */
        DEPARTMENT_RESOURCE,
        /** A list: another department's declarant gets 200 without any of the fixture's data. */
        DEPARTMENT_LIST,
        /**
         * A request body that names the fixture's department: to another department's declarant
         * it is an unknown department (422), as a missing one is.
         */
        DEPARTMENT_REFERENCE
    }

    /** The rule of one operation and how to call it on the fixture. */
    public record Rule(Set<Role> roles, Scope scope, Map<String, String> pathParameters, String query,
            Supplier<String> body, Map<String, String> headers, String mediaType, Supplier<byte[]> file) {

        public static Rule of(Scope scope, Role... roles) {
            return new Rule(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), scope, Map.of(), "", null,
                    Map.of(), null, null);
        }

        public Rule path(String name, Object value) {
            Map<String, String> parameters = new LinkedHashMap<>(pathParameters);
            parameters.put(name, String.valueOf(value));
            return new Rule(roles, scope, parameters, query, body, headers, mediaType, file);
        }

        /** Query parameters ({@code from=1&to=1}) the operation needs to get past validation. */
        public Rule query(String parameters) {
            return new Rule(roles, scope, pathParameters, "?" + parameters, body, headers, mediaType, file);
        }

        /** The JSON body, made fresh for each call (a valid one: validation must not answer first). */
        public Rule body(Supplier<String> json) {
            return new Rule(roles, scope, pathParameters, query, json, headers, mediaType, file);
        }

        /** A body of another media type (a workbook to import), made fresh for each call. */
        public Rule file(String type, Supplier<byte[]> content) {
            return new Rule(roles, scope, pathParameters, query, body, headers, type, content);
        }

        public Rule header(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Rule(roles, scope, pathParameters, query, body, all, mediaType, file);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String departmentCode;
    private final List<String> secrets;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /**
     * @param departmentCode the fixture's department (its declarant is the department's own)
     * @param secrets texts only the fixture's department may see (its ids and code): no answer to
     *        another department's declarant may contain them
     */
    public AuthorizationMatrix(String departmentCode, String... secrets) {
        this.departmentCode = departmentCode;
        this.secrets = List.of(secrets);
    }

    public AuthorizationMatrix rule(String operationId, Rule rule) {
        rules.put(operationId, rule);
        return this;
    }

    /**
     * The rules of the operations every service has from api-conventions: the audit trail and the
     * dead letters, admins only; {@code deadLetterTopic} is one of the service's dead-letter topics.
     */
    public AuthorizationMatrix sharedOperations(String deadLetterTopic) {
        return rule("listAuditRecords", Rule.of(Scope.NONE, Role.ADMIN))
                .rule("listDeadLetters", Rule.of(Scope.NONE, Role.ADMIN))
                .rule("replayDeadLetter", Rule.of(Scope.NONE, Role.ADMIN).path("topic", deadLetterTopic)
                        .path("partition", 0).path("offset", 999999));
    }

    /** Calls every operation of the served document with every caller; fails listing every wrong answer. */
    public void verify() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, String[]> operations = operations(document);
        List<String> wrong = new ArrayList<>();
        Set<String> withoutRule = new TreeSet<>(operations.keySet());
        withoutRule.removeAll(rules.keySet());
        if (!withoutRule.isEmpty()) {
            wrong.add("operations without an authorization rule: " + withoutRule);
        }
        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(operations.keySet());
        if (!stale.isEmpty()) {
            wrong.add("rules for operations the document does not have: " + stale);
        }
        int calls = 0;
        for (Map.Entry<String, String[]> operation : operations.entrySet()) {
            Rule rule = rules.get(operation.getKey());
            if (rule == null) {
                continue;
            }
            String method = operation.getValue()[0];
            String path = fill(operation.getValue()[1], rule.pathParameters()) + rule.query();
            for (Caller caller : Caller.values()) {
                Response response = call(method, path, rule, caller);
                calls++;
                String problem = judge(rule, caller, response);
                if (problem != null) {
                    wrong.add(operation.getKey() + " (" + method + " " + path + ") as " + caller + ": " + problem);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers in " + calls + " calls:\n" + String.join("\n", wrong));
    }

    private String judge(Rule rule, Caller caller, Response response) {
        int status = response.statusCode();
        int expected = switch (caller) {
            case NO_TOKEN, EXPIRED_TOKEN, WRONG_SIGNATURE -> 401;
            case DECLARANT_OF_THE_DEPARTMENT -> rule.roles().contains(Role.DECLARANT) ? 0 : 403;
            case DECLARANT_OF_ANOTHER_DEPARTMENT -> !rule.roles().contains(Role.DECLARANT) ? 403
                    : rule.scope() == Scope.DEPARTMENT_RESOURCE ? 404
                    : rule.scope() == Scope.DEPARTMENT_REFERENCE ? 422 : 0;
            case REVIEWER -> rule.roles().contains(Role.REVIEWER) ? 0 : 403;
            case ADMIN -> rule.roles().contains(Role.ADMIN) ? 0 : 403;
        };
        if (expected != 0) {
            if (status != expected) {
                return "expected " + expected + ", got " + status + " " + shortened(response.asString());
            }
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                return "expected a problem (application/problem+json), got " + response.contentType();
            }
            return null;
        }
        if (status == 401 || status == 403 || status == 500
                || (status == 404 && rule.scope() == Scope.DEPARTMENT_RESOURCE)) {
            return "expected to pass authorization, got " + status + " " + shortened(response.asString());
        }
        if (caller == Caller.DECLARANT_OF_ANOTHER_DEPARTMENT && rule.scope() != Scope.NONE) {
            String body = response.asString();
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    return "shows another department's data (" + secret + "): " + shortened(body);
                }
            }
        }
        return null;
    }

    private static String shortened(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private Response call(String method, String path, Rule rule, Caller caller) {
        RequestSpecification request = given().header("Accept-Language", "en");
        String token = switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED_TOKEN -> Tokens.expired();
            case WRONG_SIGNATURE -> Tokens.wrongSignature();
            case DECLARANT_OF_THE_DEPARTMENT -> Tokens.declarant(departmentCode);
            case DECLARANT_OF_ANOTHER_DEPARTMENT -> Tokens.declarant(departmentCode + "-OTHER");
            case REVIEWER -> Tokens.reviewer();
            case ADMIN -> Tokens.admin();
        };
        if (token != null) {
            request.header("Authorization", Tokens.bearer(token));
        }
        rule.headers().forEach(request::header);
        if (rule.body() != null) {
            request.contentType("application/json").body(rule.body().get());
        } else if (rule.file() != null) {
            request.contentType(rule.mediaType()).body(rule.file().get());
        }
        return request.request(method, path);
    }

    private static String fill(String template, Map<String, String> parameters) {
        String path = template;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalArgumentException("No value for a path parameter of " + template);
        }
        return path;
    }

    /** operationId → {method, path} of every operation in the document. */
    private static Map<String, String[]> operations(JsonNode document) {
        Map<String, String[]> operations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getValue().has("operationId")) {
                    operations.put(method.getValue().get("operationId").asText(),
                            new String[] { method.getKey().toUpperCase(), path.getKey() });
                }
            }
        }
        return operations;
    }
}
