package gov.perftarget.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once and remembers it until it expires: a client sends the same token
 * with many requests, and checking its signature on every one is costly. A token is only remembered after it
 * verified, by its exact text, and never past its {@code exp}; the newest 10,000 are kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int CAPACITY = 10_000;

    private final JWTParser verifier;
    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonWebToken> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    public VerifiedTokens(JWTAuthContextInfo settings) {
        this(new DefaultJWTParser(settings), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        synchronized (verified) {
            JsonWebToken known = verified.get(token);
            if (known != null && known.getExpirationTime() > now) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken fresh = verifier.parse(token); // throws when it does not verify: nothing remembered
        requireShape(fresh);
        synchronized (verified) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /**
     * What a verified token must also be: one that expires ({@code exp}), and whose {@code groups}, when
     * present, is an array (a text in its place is not read as a role).
     */
    static void requireShape(JsonWebToken token) throws ParseException {
        if (token.getExpirationTime() <= 0) {
            throw new ParseException("The token has no expiry (exp)");
        }
        Object groups = token.getRawToken() == null ? null : rawClaim(token.getRawToken(), "groups");
        if (groups != null && !(groups instanceof JsonArray)) {
            throw new ParseException("The token's groups claim is not an array");
        }
    }

    /** A claim as the token's payload writes it (the parsed token has already converted groups to a set). */
    private static Object rawClaim(String token, String name) throws ParseException {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new ParseException("The token is not a signed JWT");
        }
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(
                java.util.Base64.getUrlDecoder().decode(parts[1])))) {
            return reader.readObject().get(name);
        } catch (RuntimeException e) {
            throw new ParseException("The token's claims cannot be read");
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
