package gov.perftarget.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Builds one OCI image per service from its Quarkus fast-jar ({@code <service>/target/quarkus-app}) with
 * Jib, no Docker daemon: on the base image (a tar or a registry reference pinned by digest), in three
 * layers that change at different rates (libraries, Quarkus runner, application), run as user 1001.
 * Written to {@code deploy/images/target/<service>.tar}, or pushed when {@code IMAGE_PUSH=true}; each image's
 * reference by digest ({@code <registry>/<group>/<service>@sha256:…}) to {@code deploy/images/target/digests/<service>}.
 *
 * <p>Configuration (environment): {@code IMAGE_REGISTRY} (registry.local), {@code IMAGE_GROUP}
 * (perftarget), {@code IMAGE_TAG} (1.0.0-SNAPSHOT), {@code IMAGE_BASE} (tar://deploy/images/target/base-jre17.tar),
 * {@code IMAGE_PUSH} (false), {@code IMAGE_REGISTRY_USERNAME} / {@code IMAGE_REGISTRY_PASSWORD}.
 */
public final class ServiceImages {

    private static final List<String> SERVICES = List.of("budget-service", "indicator-service", "review-service");
    private static final AbsoluteUnixPath APP = AbsoluteUnixPath.get("/deployments");

    private ServiceImages() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("PERFTARGET_ROOT", ".")).toAbsolutePath().normalize();
        String registry = env("IMAGE_REGISTRY", "registry.local");
        String group = env("IMAGE_GROUP", "perftarget");
        String tag = env("IMAGE_TAG", "1.0.0-SNAPSHOT");
        String base = env("IMAGE_BASE", "tar://" + root.resolve("deploy/images/target/base-jre17.tar"));
        boolean push = Boolean.parseBoolean(env("IMAGE_PUSH", "false"));
        List<String> services = args.length > 0 ? List.of(args) : SERVICES;
        for (String service : services) {
            Path app = root.resolve(service).resolve("target/quarkus-app");
            if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(app + " is missing: package the services first (./mvnw package -DskipTests)");
            }
            ImageReference reference = ImageReference.parse(registry + "/" + group + "/" + service + ":" + tag);
            Containerizer target = push
                    ? Containerizer.to(withCredentials(RegistryImage.named(reference)))
                    : Containerizer.to(TarImage.at(root.resolve("deploy/images/target/" + service + ".tar")).named(reference));
            JibContainer built = image(from(base), app, service).containerize(target.setToolName("perftarget-images"));
            System.out.printf("[images] %s %s  %s%n", push ? "pushed" : "built", reference, built.getDigest());
            // what deploy/images/pin.sh writes into the prod overlay: the image by its digest, not its tag
            Path digests = root.resolve("deploy/images/target/digests");
            Files.createDirectories(digests);
            Files.writeString(digests.resolve(service), registry + "/" + group + "/" + service + "@" + built.getDigest() + "\n");
        }
    }

    private static JibContainerBuilder image(JibContainerBuilder builder, Path app, String service) throws Exception {
        return builder
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(layer("libraries", app, "lib"))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("quarkus")
                        .addEntryRecursive(app.resolve("quarkus"), APP.resolve("quarkus"))
                        .addEntry(app.resolve("quarkus-run.jar"), APP.resolve("quarkus-run.jar")).build())
                .addFileEntriesLayer(layer("application", app, "app"))
                .setWorkingDirectory(APP)
                .setUser("1001:1001")
                .addExposedPort(Port.tcp(8080))
                // one port in every container; the probes and the Service use it
                .addEnvironmentVariable("HTTP_PORT", "8080")
                .setEntrypoint("java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                        APP.resolve("quarkus-run.jar").toString())
                .addLabel("org.opencontainers.image.title", service)
                .addLabel("org.opencontainers.image.source", "perftarget platform");
    }

    private static FileEntriesLayer layer(String name, Path app, String directory) throws Exception {
        return FileEntriesLayer.builder().setName(name)
                .addEntryRecursive(app.resolve(directory), APP.resolve(directory)).build();
    }

    private static JibContainerBuilder from(String base) throws Exception {
        if (base.startsWith("tar://")) {
            return Jib.from(TarImage.at(Path.of(base.substring("tar://".length()))));
        }
        return Jib.from(withCredentials(RegistryImage.named(base.replaceFirst("^registry://", ""))));
    }

    private static RegistryImage withCredentials(RegistryImage image) {
        Optional<String> user = Optional.ofNullable(System.getenv("IMAGE_REGISTRY_USERNAME"));
        user.ifPresent(name -> image.addCredential(name, env("IMAGE_REGISTRY_PASSWORD", "")));
        return image;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
