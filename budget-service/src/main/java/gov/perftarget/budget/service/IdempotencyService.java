package gov.perftarget.budget.service;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.StrictJsonInput;
import gov.perftarget.budget.domain.IdempotentRequest;
import gov.perftarget.security.Caller;

/**
 * Idempotent POSTs: a request with an {@code Idempotency-Key} is carried out once; a retry with the
 * same key and body gets the first response again (header {@code Idempotent-Replayed: true}). The
 * result is stored in the transaction that made it, so a failed request leaves no record and may be
 * retried; two concurrent requests with one key cannot both commit (primary key).
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;
    private final Caller caller;

    public IdempotencyService(ObjectMapper json, Caller caller) {
        this.json = json;
        this.caller = caller;
    }

    @Transactional
    public Response once(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.badRequest(HEADER, MESSAGES.text("idempotency-key.too-long", MAX_KEY_LENGTH));
        }
        if (!StrictJsonInput.storable(key)) {
            throw ApiException.badRequest(HEADER, MESSAGES.text("idempotency-key.unstorable"));
        }
        String scope = caller.name();
        // parallel retries with one key take turns: the second finds the first's answer instead of
        // failing on the primary key at commit
        IdempotentRequest.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, scope + "\n" + operation + "\n" + key).getSingleResult();
        String hash = sha256(write(request));
        Optional<IdempotentRequest> previous = IdempotentRequest.find(key, operation, scope);
        if (previous.isPresent()) {
            IdempotentRequest first = previous.get();
            if (!first.requestHash.equals(hash)) {
                throw ApiException.unprocessable(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        MESSAGES.text("problem.idempotency-key-reused"), List.of());
            }
            Response.ResponseBuilder replay = Response.status(first.status).type(MediaType.APPLICATION_JSON)
                    .entity(first.body).header("Idempotent-Replayed", "true");
            if (first.location != null) {
                replay.header("Location", first.location);
            }
            return replay.build();
        }
        Response response = action.get();
        IdempotentRequest record = new IdempotentRequest();
        record.idempotencyKey = key;
        record.operation = operation;
        record.caller = scope;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.body = write(response.getEntity());
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.persist();
        return response;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
