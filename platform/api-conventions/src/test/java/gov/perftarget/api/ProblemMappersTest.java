package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Database failures answer what the client can do about them: retry shortly (503), reload (409), or nothing (500). */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void shouldAnswer503WithRetryAfterWhenNoConnectionCanBeHad() {
        // what Agroal reports when every pooled connection stays busy past the acquisition timeout
        Response busy = mappers.persistence(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")), null, null);
        assertEquals(503, busy.getStatus());
        assertEquals("1", busy.getHeaderString("Retry-After"));
        assertEquals(Problem.TYPE_PREFIX + "unavailable", ((Problem) busy.getEntity()).type());
        assertEquals(Problem.MEDIA_TYPE, busy.getMediaType().toString());

        Response away = mappers.persistence(new JDBCConnectionException("connection refused",
                new SQLException("Connection refused")), null, null);
        assertEquals(503, away.getStatus());
    }

    @Test
    void shouldKeep409ForConcurrentChangesAnd500ForTheUnexpected() {
        assertEquals(409, mappers.persistence(new OptimisticLockException("stale"), null, null).getStatus());
        assertEquals(500, mappers.persistence(new GenericJDBCException("syntax error", new SQLException("x")), null, null)
                .getStatus());
    }
}
