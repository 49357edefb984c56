package gov.perftarget.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which problem types (错误类型) each operation's code can answer with, read from the compiled classes, to hold
 * against what the operation's OpenAPI document lists ({@code x-problem-types}). From each resource method (the one
 * whose {@code @Operation} names the operationId) it follows every call into the platform's own classes (a virtual
 * call to any override, a lambda to its body) and collects the {@code ProblemType} constants the reached code reads.
 * Conservative: a type that a reached branch could throw counts, whether or not this operation can take that branch.
 * The types every operation may give (invalid input, no token, no such resource, the HTTP layer's refusals, an
 * internal error, "busy") are left out: the document adds them to every operation.
 */
public final class OperationProblemTypes {

    /** Problem types every operation's document carries anyway, by slug. */
    public static final Set<String> GENERIC = Set.of("validation", "unauthenticated", "forbidden", "not-found",
            "http-405", "http-406", "http-415", "internal", "unavailable", "request-too-large", "uri-too-long",
            "headers-too-large");

    private static final String OWN = "gov/perftarget/";
    private static final String PROBLEM_TYPE = "gov/perftarget/api/ProblemType";
    private static final String OPERATION = "Lorg/eclipse/microprofile/openapi/annotations/Operation;";

    /** A method: its class, name and descriptor. */
    private record Method(String owner, String name, String descriptor) {
    }

    private final Map<Method, Set<Method>> calls = new HashMap<>();
    /** The slugs of the ProblemType constants each method reads (api-conventions' ProblemType: DECLARATION_EXISTS is declaration-exists). */
    private final Map<Method, Set<String>> reads = new HashMap<>();
    private final Map<String, Method> operations = new HashMap<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private final Map<String, Set<Method>> methodsByClass = new HashMap<>();

    private OperationProblemTypes() {
    }

    /**
     * Reads the platform's classes on the test's class path: its own {@code target/classes} and the platform's modules,
     * as installed jars or, in a reactor build, as the jars or class folders the build just made.
     */
    public static OperationProblemTypes ofClassPath() throws IOException {
        OperationProblemTypes code = new OperationProblemTypes();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        try (InputStream in = Files.newInputStream(file)) {
                            code.read(in);
                        }
                    }
                }
            } else if (Files.isRegularFile(path) && path.toString().endsWith(".jar")
                    // an installed platform module, or one the reactor built in this run (<module>/target/<name>.jar)
                    && (path.toString().contains("gov/perftarget") || path.getParent().endsWith("target"))) {
                try (FileSystem jar = FileSystems.newFileSystem(path)) {
                    try (Stream<Path> files = Files.walk(jar.getPath("/gov/perftarget"))) {
                        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                            try (InputStream in = Files.newInputStream(file)) {
                                code.read(in);
                            }
                        }
                    } catch (java.nio.file.NoSuchFileException none) {
                        // a platform jar of resources only
                    }
                }
            }
        }
        return code;
    }

    /** For each operation of the code, the problem types its code can give, beyond the generic ones; by slug. */
    public Map<String, Set<String>> reachable() {
        Map<String, Set<String>> answer = new TreeMap<>();
        operations.forEach((operationId, method) -> {
            Set<String> types = new TreeSet<>();
            Set<Method> seen = new HashSet<>();
            Deque<Method> next = new ArrayDeque<>(List.of(method));
            while (!next.isEmpty()) {
                Method current = next.pop();
                if (!seen.add(current)) {
                    continue;
                }
                reads.getOrDefault(current, Set.of()).stream().filter(type -> !GENERIC.contains(type))
                        .forEach(types::add);
                for (Method called : calls.getOrDefault(current, Set.of())) {
                    next.push(called);
                    for (String subtype : subtypesOf(called.owner())) { // a virtual call reaches every override
                        Method override = new Method(subtype, called.name(), called.descriptor());
                        if (methodsByClass.getOrDefault(subtype, Set.of()).contains(override)) {
                            next.push(override);
                        }
                    }
                }
            }
            answer.put(operationId, types);
        });
        return answer;
    }

    /** What the served document lists per operation ({@code x-problem-types}: status → slugs), flattened to slugs. */
    public static Map<String, Set<String>> documented(JsonNode document) {
        Map<String, Set<String>> answer = new TreeMap<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            if (!operation.has("operationId")) {
                return;
            }
            Set<String> types = new TreeSet<>();
            operation.path("x-problem-types").forEach(slugs -> slugs.forEach(slug -> types.add(slug.asText())));
            answer.put(operation.get("operationId").asText(), types);
        }));
        return answer;
    }

    /** Every operation whose document and code disagree, with what each side has alone; empty when they agree. */
    public static List<String> differences(Map<String, Set<String>> documented, Map<String, Set<String>> reachable) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Set<String>> operation : reachable.entrySet()) {
            Set<String> listed = documented.get(operation.getKey());
            if (listed == null) {
                continue; // an operation of another service's classes on the class path
            }
            Set<String> unlisted = new TreeSet<>(operation.getValue());
            unlisted.removeAll(listed);
            Set<String> unreachable = new TreeSet<>(listed);
            unreachable.removeAll(operation.getValue());
            if (!unlisted.isEmpty() || !unreachable.isEmpty()) {
                differences.add(operation.getKey() + ": the code can answer " + unlisted + " unlisted; listed but not in the code "
                        + unreachable);
            }
        }
        return differences;
    }

    /**
     * Holds the running service's served document against its code: every operation lists exactly the problem types
     * its code can answer with (beyond the generic ones), each with an example under its status. From a
     * {@code @QuarkusTest} of the service.
     */
    public static void assertDocumentedAsServed() throws IOException {
        JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        OperationProblemTypes code = ofClassPath();
        Map<String, Set<String>> documented = documented(document);
        if (code.operationCount() < documented.size()) {
            throw new AssertionError("the code has " + code.operationCount() + " operations, the document " + documented.size()
                    + ": the class path lacks the service's classes");
        }
        List<String> problems = new ArrayList<>(differences(documented, code.reachable()));
        withoutExamples(document).forEach(missing -> problems.add(missing + " has no example"));
        if (!problems.isEmpty()) {
            throw new AssertionError("x-problem-types disagrees with the code:\n" + String.join("\n", problems));
        }
    }

    /** Every listed problem type without its example under its status in the document ({@code "operationId: slug"}). */
    public static List<String> withoutExamples(JsonNode document) {
        List<String> missing = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("x-problem-types").fields()
                .forEachRemaining(status -> status.getValue().forEach(slug -> {
                    JsonNode examples = operation.path("responses").path(status.getKey()).path("content")
                            .path("application/problem+json").path("examples");
                    if (!examples.has(slug.asText())) {
                        missing.add(operation.path("operationId").asText() + ": " + slug.asText());
                    }
                }))));
        return missing;
    }

    private Set<String> subtypesOf(String type) {
        Set<String> all = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(subtypes.getOrDefault(type, Set.of()));
        while (!next.isEmpty()) {
            String subtype = next.pop();
            if (all.add(subtype)) {
                next.addAll(subtypes.getOrDefault(subtype, Set.of()));
            }
        }
        return all;
    }

    private void read(InputStream classFile) throws IOException {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            private String owner;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                owner = name;
                if (superName != null) {
                    subtypes.computeIfAbsent(superName, key -> new HashSet<>()).add(name);
                }
                for (String implemented : interfaces == null ? new String[0] : interfaces) {
                    subtypes.computeIfAbsent(implemented, key -> new HashSet<>()).add(name);
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                Method method = new Method(owner, name, descriptor);
                methodsByClass.computeIfAbsent(owner, key -> new HashSet<>()).add(method);
                Set<Method> called = calls.computeIfAbsent(method, key -> new HashSet<>());
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (!OPERATION.equals(annotation)) {
                            return null;
                        }
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String name, Object value) {
                                if ("operationId".equals(name)) {
                                    operations.put((String) value, method);
                                }
                            }
                        };
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String fieldOwner, String field, String fieldDescriptor) {
                        if (opcode == Opcodes.GETSTATIC && PROBLEM_TYPE.equals(fieldOwner) && !owner.equals(PROBLEM_TYPE)) {
                            reads.computeIfAbsent(method, key -> new HashSet<>()).add(field.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String callee, String name, String descriptor,
                            boolean isInterface) {
                        if (callee.startsWith(OWN) && !callee.equals(PROBLEM_TYPE)) {
                            called.add(new Method(callee, name, descriptor));
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                            Object... arguments) {
                        for (Object argument : arguments) { // a lambda or method reference: its body
                            if (argument instanceof Handle body && body.getOwner().startsWith(OWN)) {
                                called.add(new Method(body.getOwner(), body.getName(), body.getDesc()));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }

    /** The classes read, for a test's sanity check that it saw the service at all. */
    public int operationCount() {
        return operations.size();
    }
}
