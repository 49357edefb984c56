package gov.perftarget.budget.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first result of a POST that carried an {@code Idempotency-Key}, kept to answer its retries. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest extends PanacheEntityBase {

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** Method and path template, e.g. {@code POST /api/v1/declarations}: a key is scoped to one operation. */
    @Id
    public String operation;

    /** The token subject of the caller who sent the key: keys of different callers never meet. */
    @Id
    public String caller;

    /** SHA-256 of the request body: the same key with another body is an error, not a retry. */
    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String location;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<IdempotentRequest> find(String key, String operation, String caller) {
        return find("idempotencyKey = ?1 and operation = ?2 and caller = ?3", key, operation, caller).firstResultOptional();
    }

    /** The composite primary key. */
    public static class Key implements java.io.Serializable {
        public String idempotencyKey;
        public String operation;
        public String caller;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(idempotencyKey, key.idempotencyKey)
                    && java.util.Objects.equals(operation, key.operation) && java.util.Objects.equals(caller, key.caller);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(idempotencyKey, operation, caller);
        }
    }
}
