package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Schedulazione": an account's order sync interval becomes a persistent EJB timer stored in
 * MariaDB, and follows every change of the account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    @Test
    void theTimerFollowsTheAccountsSchedule() throws Exception {
        var operator = Http.as(context.toURI(), "olga", "operator");
        var created = operator.post("api/v1/accounts", """
                {"description": "Schedulato %s", "platform": "PRESTASHOP", "shopUrl": "https://shop.example.it",
                 "secret": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "syncOrders": true, "orderSyncMinutes": 17}"""
                .formatted(UUID.randomUUID())).object();
        long id = created.getJsonNumber("id").longValue();

        var schedule = scheduleOf(operator, id);
        assertThat(schedule.getInt("everyMinutes")).isEqualTo(17);
        var next = LocalDateTime.parse(schedule.getString("nextRun"));
        assertThat(Duration.between(LocalDateTime.now(ZoneOffset.UTC), next)).isBetween(Duration.ofMinutes(16),
                Duration.ofMinutes(18));
        assertThat(storedTimers(17)).as("persistent timer in MariaDB").isEqualTo(1);

        var edit = operator.get("api/v1/accounts/" + id).object();
        var update = """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "https://shop.example.it",
                 "version": %d, "syncOrders": true, "orderSyncMinutes": 23}"""
                .formatted(edit.getString("description"), edit.getJsonNumber("version").longValue());
        assertThat(operator.put("api/v1/accounts/" + id, update).status()).isEqualTo(200);
        assertThat(scheduleOf(operator, id).getInt("everyMinutes")).isEqualTo(23);
        assertThat(storedTimers(17)).isZero();
        assertThat(storedTimers(23)).isEqualTo(1);

        assertThat(Http.as(context.toURI(), "ada", "admin").delete("api/v1/accounts/" + id).status()).isEqualTo(204);
        assertThat(schedules(operator)).noneMatch(s -> s.getJsonNumber("accountId").longValue() == id);
        assertThat(storedTimers(23)).isZero();
    }

    @Test
    void sincroClientiRunsEveryDayAtTheAccountsTimeItalianTime() throws Exception {
        var operator = Http.as(context.toURI(), "olga", "operator");
        String body = """
                {"description": "Clienti %s", "platform": "PRESTASHOP", "shopUrl": "https://shop.example.it",
                 "secret": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "syncOrders": true, "updateCustomers": %s,
                 "customerSyncTime": "03:30:00"%s}""";
        var created = operator.post("api/v1/accounts", body.formatted(UUID.randomUUID(), true, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.object().getJsonNumber("id").longValue();

        var schedule = scheduleOf(operator, id, "CUSTOMERS");
        var next = LocalDateTime.parse(schedule.getString("nextRun")).atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of("Europe/Rome"));
        assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(Duration.between(ZonedDateTime.now(), next)).isBetween(Duration.ZERO, Duration.ofDays(1));

        var edit = operator.get("api/v1/accounts/" + id).object();
        var update = operator.put("api/v1/accounts/" + id, body.formatted(edit.getString("description"), false,
                ", \"version\": " + edit.getJsonNumber("version").longValue()));
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(schedules(operator)).as("Aggiorna clienti = no: no daily customer sync")
                .noneMatch(s -> s.getJsonNumber("accountId").longValue() == id && "CUSTOMERS".equals(s.getString("kind")));
    }

    private static List<JsonObject> schedules(Http http) throws Exception {
        return http.get("api/v1/schedules").json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject scheduleOf(Http http, long accountId) throws Exception {
        return scheduleOf(http, accountId, "ORDERS");
    }

    private static JsonObject scheduleOf(Http http, long accountId, String kind) throws Exception {
        return schedules(http).stream().filter(s -> s.getJsonNumber("accountId").longValue() == accountId
                && kind.equals(s.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no schedule for account " + accountId));
    }

    /** Active timers of the given interval in the server's timer table (crocevia_batch). */
    private static int storedTimers(int minutes) throws SQLException {
        try (var c = TestServices.database();
                var s = c.prepareStatement("SELECT COUNT(*) FROM crocevia_batch.JBOSS_EJB_TIMER "
                        + "WHERE REPEAT_INTERVAL = ? AND PARTITION_NAME = 'crocevia' "
                        + "AND TIMER_STATE IN ('ACTIVE', 'CREATED', 'IN_TIMEOUT', 'RETRY_TIMEOUT')")) {
            s.setLong(1, Duration.ofMinutes(minutes).toMillis());
            var rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
