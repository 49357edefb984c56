package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's version travels as its ETag ({@code "3"}), and an
 * update must send the version it read in {@code If-Match}; a stale one gets 412 and changes nothing.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version named by an {@code If-Match} header: 428 when it is missing, 400 when it is not a version. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    MESSAGES.text("problem.precondition-required"), List.of());
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match", MESSAGES.text("if-match.not-a-version", ifMatch));
        }
    }

    /** Refuses an update based on another version than the current one. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new ApiException(ProblemType.STALE_VERSION,
                    MESSAGES.text("problem.stale-version", current, expected),
                    List.of());
        }
    }
}
