package gov.perftarget.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private final List<String> verifications = new ArrayList<>();

    /** A verifier that counts its work: "bad" fails, anything else verifies and expires at second 100. */
    private final JWTParser verifier = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { JWTParser.class }, (proxy, method, args) -> {
                String token = (String) args[0];
                verifications.add(token);
                if (token.equals("bad")) {
                    throw new ParseException("signature does not verify");
                }
                return token(100);
            });

    private static JsonWebToken token(long expiresAt) {
        return (JsonWebToken) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] { JsonWebToken.class },
                (proxy, method, args) -> method.getName().equals("getExpirationTime") ? expiresAt : null);
    }

    private static Clock at(long second) {
        return Clock.fixed(Instant.ofEpochSecond(second), ZoneOffset.UTC);
    }

    @Test
    void shouldVerifyAValidTokenOnceUntilItExpires() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(50));
        JsonWebToken first = tokens.parse("good");
        assertSame(first, tokens.parse("good"));
        assertEquals(List.of("good"), verifications);

        VerifiedTokens later = new VerifiedTokens(verifier, at(100));
        later.parse("good");
        later.parse("good");
        assertEquals(List.of("good", "good", "good"), verifications, "at or after exp it is verified again each time");
    }

    @Test
    void shouldNeverRememberATokenThatDoesNotVerify() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(50));
        assertThrows(ParseException.class, () -> tokens.parse("bad"));
        assertThrows(ParseException.class, () -> tokens.parse("bad"));
        assertEquals(List.of("bad", "bad"), verifications);
    }
}
