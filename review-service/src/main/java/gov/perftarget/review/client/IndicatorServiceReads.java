package gov.perftarget.review.client;

import static gov.perftarget.review.Messages.MESSAGES;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.ProblemType;

/** A read from indicator-service on a caller's request: its failure is a 503 for the caller, who may try again. */
public final class IndicatorServiceReads {

    private IndicatorServiceReads() {
    }

    public static <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException e) {
            throw unavailable("indicator-service answered " + e.getResponse().getStatus());
        } catch (RuntimeException e) {
            throw unavailable(e.getMessage());
        }
    }

    private static ApiException unavailable(String why) {
        return new ApiException(ProblemType.INDICATOR_SERVICE_UNAVAILABLE,
                MESSAGES.text("problem.indicator-service-unavailable", why), List.of());
    }
}
