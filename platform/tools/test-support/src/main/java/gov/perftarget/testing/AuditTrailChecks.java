package gov.perftarget.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What every service's audit trail must hold: the database refuses to change, remove or empty a
 * record, whoever asks (even the service's own database user).
 */
public final class AuditTrailChecks {

    private AuditTrailChecks() {
    }

    /** The audit records of one resource, oldest first, as the API lists them to an admin. */
    public static JsonPath trail(String resourceType, Object resourceId) {
        return given().queryParam("resourceType", resourceType).queryParam("resourceId", String.valueOf(resourceId))
                .queryParam("sort", "occurredAt").queryParam("size", 100).get("/api/v1/audit-records")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The API offers no way to write to the trail: every writing method on it is refused. */
    public static void assertReadOnlyApi() {
        for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
            given().contentType(ContentType.JSON).body("{}").request(method, "/api/v1/audit-records")
                    .then().statusCode(405);
        }
    }

    /**
     * As the service's own database role: UPDATE, DELETE and TRUNCATE of {@code audit_record} fail, so do
     * disabling its triggers and dropping it (the role owns nothing), and the records are still there, unchanged.
     */
    public static void assertAppendOnly(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            String before = fingerprint(statement);
            assertTrue(!before.startsWith("0|"), "there are audit records to protect");
            for (String change : new String[] { "UPDATE audit_record SET actor = 'someone else'",
                    "UPDATE audit_record SET changes = '[]'::jsonb", "DELETE FROM audit_record",
                    "TRUNCATE audit_record", "ALTER TABLE audit_record DISABLE TRIGGER ALL",
                    "ALTER TABLE audit_record DISABLE TRIGGER audit_record_no_update_or_delete",
                    "DROP TRIGGER audit_record_no_update_or_delete ON audit_record", "DROP TABLE audit_record",
                    "ALTER TABLE audit_record OWNER TO CURRENT_USER" }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                String message = String.valueOf(refused.getMessage());
                assertTrue(message.contains("append-only") || message.contains("permission denied")
                        || message.contains("must be owner"), change + ": " + message);
            }
            assertEquals(before, fingerprint(statement), "the records are unchanged");
        }
        assertTriggerRefusesTheOwner();
    }

    /** The append-only trigger holds for the owner of the table too, whom privileges do not stop. */
    private static void assertTriggerRefusesTheOwner() throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection owner = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
                Statement statement = owner.createStatement()) {
            for (String change : new String[] { "UPDATE audit_record SET actor = 'someone else'", "DELETE FROM audit_record",
                    "TRUNCATE audit_record" }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(String.valueOf(refused.getMessage()).contains("append-only"), change + ": " + refused.getMessage());
            }
        }
    }

    private static String fingerprint(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT count(*), coalesce(md5(string_agg(id || actor || action || changes::text, ',' ORDER BY id)), '')"
                        + " FROM audit_record")) {
            rows.next();
            return rows.getLong(1) + "|" + rows.getString(2);
        }
    }
}
