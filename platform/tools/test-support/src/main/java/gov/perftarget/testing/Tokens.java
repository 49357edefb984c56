package gov.perftarget.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, signed with the test-only key pair in {@code perftarget-test-keys/}
 * (which the services trust in the {@code test} profile), shaped as an identity provider issues
 * them: {@code sub}, {@code groups} and the {@code department} claim.
 */
public final class Tokens {

    /** The issuer the services expect in the test profile ({@code %test.mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://perftarget.local/test";
    /** The audience the services expect ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "perftarget";
    public static final String PUBLIC_KEY = "perftarget-test-keys/public.pem";
    public static final String PRIVATE_KEY = "perftarget-test-keys/private.pem";

    private static final PrivateKey KEY = privateKey();

    private Tokens() {
    }

    /** A declarant of the department with this code. */
    public static String declarant(String departmentCode) {
        return sign(claims("declarant-" + departmentCode, Set.of("declarant")).claim("department", departmentCode));
    }

    public static String reviewer() {
        return sign(claims("reviewer-1", Set.of("reviewer")));
    }

    public static String admin() {
        return sign(claims("admin-1", Set.of("admin")));
    }

    /** A token of {@code subject} with these roles and no department. */
    public static String of(String subject, Set<String> roles) {
        return sign(claims(subject, roles));
    }

    /** A token with all three roles and no department: sees and may do everything (flow tests). */
    public static String allRoles() {
        return sign(claims("system-test", Set.of("declarant", "reviewer", "admin")));
    }

    /** A Keycloak-style token: the roles in {@code realm_access.roles}, no {@code groups}. */
    public static String realmRoles(String subject, String... roles) {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now()).expiresIn(Duration.ofMinutes(30)));
    }

    /** A reviewer's token that expired a minute ago (and was valid for an hour before). */
    public static String expired() {
        Instant now = Instant.now();
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject("reviewer-1").groups(Set.of("reviewer"))
                .issuedAt(now.minus(Duration.ofHours(1))).expiresAt(now.minus(Duration.ofMinutes(1))));
    }

    /** An admin's token for another audience. */
    public static String otherAudience() {
        return sign(Jwt.issuer(ISSUER).audience("another-system").subject("admin-1").groups(Set.of("admin"))
                .issuedAt(Instant.now()).expiresIn(Duration.ofMinutes(30)));
    }

    /** An admin's token without an expiry ({@code exp}). */
    public static String withoutExpiry() {
        return signAsWritten("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"admin-1\",\"groups\":[\"admin\"],\"iat\":" + Instant.now().getEpochSecond() + "}");
    }

    /** A token whose {@code groups} is a string, not an array. */
    public static String groupsAsText() {
        long now = Instant.now().getEpochSecond();
        return signAsWritten("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"admin-1\",\"groups\":\"admin\",\"iat\":" + now + ",\"exp\":" + (now + 1800) + "}");
    }

    /** Signs the claims exactly as written (RS256), without the defaults the token builder adds. */
    private static String signAsWritten(String claims) {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + base64.encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY);
            signature.update(unsigned.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return unsigned + "." + base64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin's token signed with a key no service trusts. */
    public static String wrongSignature() {
        try {
            return claims("admin-1", Set.of("admin")).sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code Authorization} header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The test public key as a file, for packaged services started by the system tests. */
    public static Path publicKeyFile() {
        return copy(PUBLIC_KEY);
    }

    /** The test private key as a file, for review-service's own service token in the system tests. */
    public static Path privateKeyFile() {
        return copy(PRIVATE_KEY);
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(groups).issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(30));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey(PRIVATE_KEY);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test key " + PRIVATE_KEY + " cannot be read", e);
        }
    }

    private static Path copy(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            Path file = Files.createTempFile("perftarget-", ".pem");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
