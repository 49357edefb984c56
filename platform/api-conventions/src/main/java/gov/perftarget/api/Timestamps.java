package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Times a client may send: within years 1 to 9999, which PostgreSQL stores and every client can read. */
public final class Timestamps {

    private Timestamps() {
    }

    /** 400 on {@code field} for a time outside years 1 to 9999 (in UTC); null passes. */
    public static OffsetDateTime requireStorable(String field, OffsetDateTime value) {
        if (value == null) {
            return null;
        }
        try {
            int year = value.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            if (year >= 1 && year <= 9999) {
                return value;
            }
        } catch (DateTimeException beyondRange) {
            // falls through to the refusal
        }
        throw ApiException.badRequest(field, MESSAGES.text("time.out-of-range"));
    }
}
