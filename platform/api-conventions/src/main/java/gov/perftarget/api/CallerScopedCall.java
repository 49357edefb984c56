package gov.perftarget.api;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

/**
 * A call to another service made with the caller's own token: what that service does not show the caller (404,
 * 401, 403) is as unknown here ({@code notShown}, a 404 of this service, so that ids cannot be probed); when it
 * is away or fails, this service answers {@code away} (a 503), and the caller may retry.
 */
public final class CallerScopedCall {

    private static final Logger LOG = Logger.getLogger(CallerScopedCall.class);

    private CallerScopedCall() {
    }

    public static <T> T read(Supplier<T> call, Supplier<ApiException> notShown, Supplier<ApiException> away) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 401 || status == 403) {
                throw notShown.get();
            }
            LOG.warnf("A service called with the caller's token answered %d", status);
            throw away.get();
        } catch (ProcessingException e) {
            LOG.warnf("A service called with the caller's token cannot be reached: %s", e.getMessage());
            throw away.get();
        }
    }
}
