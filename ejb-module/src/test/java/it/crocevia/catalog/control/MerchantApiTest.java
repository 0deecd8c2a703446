package it.crocevia.catalog.control;

import static it.crocevia.catalog.control.MerchantProductMapperTest.COFFEE;
import static it.crocevia.catalog.control.MerchantProductMapperTest.ITALY;
import static it.crocevia.catalog.control.MerchantProductMapperTest.MOKA;
import static it.crocevia.catalog.control.MerchantProductMapperTest.PRODUCT_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.MerchantCheck;
import it.crocevia.catalog.boundary.MerchantCheck.Outcome;
import it.crocevia.catalog.control.MerchantApi.RetryPolicy;
import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.testserver.google.DataSource;
import it.crocevia.testserver.google.MerchantApiTestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MerchantApi} against the Merchant API test server, over HTTP. */
class MerchantApiTest {

    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100));

    private final MerchantProductMapper mapper = new MerchantProductMapper(ITALY, PRODUCT_URL);
    private MerchantApiTestServer google;
    private MerchantApi api;

    @BeforeEach
    void start() {
        google = new MerchantApiTestServer().start();
        api = api(google.serviceAccountJson(), Long.toString(google.account()), Long.toString(google.dataSourceId()));
    }

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void anInsertedArticleIsStoredWithTheFeedsValues() {
        JsonObject answer = api.insert(mapper.productInput(COFFEE));

        JsonObject stored = google.product("it", "IT", "CAF-1").orElseThrow();
        assertThat(answer.getString("name")).isEqualTo("accounts/" + google.account() + "/productInputs/it~IT~CAF-1");
        assertThat(stored).isEqualTo(answer);
        JsonObject attributes = stored.getJsonObject("productAttributes");
        assertThat(attributes.getString("title")).isEqualTo("Caffè in grani");
        assertThat(attributes.getString("link")).isEqualTo("https://www.negozio.it/p/CAF-1");
        assertThat(attributes.getString("imageLink")).isEqualTo("https://img.example.it/1.jpg");
        assertThat(attributes.getJsonArray("additionalImageLinks").getString(0)).isEqualTo("https://img.example.it/2.jpg");
        assertThat(attributes.getString("availability")).isEqualTo("IN_STOCK");
        assertThat(attributes.getJsonObject("price").getString("amountMicros")).isEqualTo("12200000");
        assertThat(attributes.getJsonObject("price").getString("currencyCode")).isEqualTo("EUR");
        assertThat(attributes.getString("brand")).isEqualTo("Torrefazione");
        assertThat(attributes.getJsonArray("gtins").getString(0)).isEqualTo("8001234567897");
        assertThat(attributes.getString("condition")).isEqualTo("NEW");
        assertThat(google.dataSourceOf("it", "IT", "CAF-1")).contains(google.dataSourceId());
    }

    @Test
    void theTokenIsObtainedOnceAndReused() {
        api.insert(mapper.productInput(COFFEE));
        api.insert(mapper.productInput(MOKA));
        api.check();

        assertThat(google.tokensIssued()).isEqualTo(1);
        assertThat(google.requests().count("token")).isEqualTo(1);
        assertThat(google.requests().count("productInputs:insert")).isEqualTo(2);
    }

    @Test
    void aTokenNearItsExpiryIsRenewedAndARevokedOneReplaced() throws InterruptedException {
        google.tokenLifetime(Duration.ofSeconds(2));
        api.insert(mapper.productInput(COFFEE));
        Thread.sleep(1100);
        api.insert(mapper.productInput(COFFEE));
        google.revokeTokens();
        api.insert(mapper.productInput(COFFEE));

        assertThat(google.tokensIssued()).as("renewed at half its life, then after the 401").isEqualTo(3);
        assertThat(google.requests().countByStatus(401)).isEqualTo(1);
        assertThat(google.products()).hasSize(1);
    }

    @Test
    void insertingAgainReplacesTheInputInsteadOfAddingOne() {
        api.insert(mapper.productInput(COFFEE));
        var dearer = new CatalogArticle("CAF-1", "Caffè in grani", null, new BigDecimal("11"), "8001234567897",
                "Torrefazione", null, List.of(), List.of("https://img.example.it/1.jpg"), BigDecimal.ZERO, null);

        api.insert(mapper.productInput(dearer));

        assertThat(google.products()).singleElement().satisfies(p -> {
            assertThat(p.getJsonObject("productAttributes").getJsonObject("price").getString("amountMicros"))
                    .isEqualTo("11000000");
            assertThat(p.getJsonObject("productAttributes").getString("availability")).isEqualTo("OUT_OF_STOCK");
        });
    }

    @Test
    void deleteRemovesTheInputEvenWithASlashInItsCode() {
        api.insert(mapper.productInput(MOKA));
        api.insert(mapper.productInput(COFFEE));

        assertThat(api.delete("MOK 3/a", "it", "IT")).isTrue();
        assertThat(api.delete("MOK 3/a", "it", "IT")).as("already gone").isFalse();

        assertThat(google.products()).extracting(p -> p.getString("offerId")).containsExactly("CAF-1");
        assertThat(google.requests().count("productInputs.delete")).isEqualTo(2);
    }

    @Test
    void aProductGoogleRefusesIsRejectedWithGooglesMessageAndTheNextOneGoesThrough() {
        var badGtin = new CatalogArticle("CAF-2", "Caffè macinato", null, BigDecimal.TEN, "8001234567891", "Torrefazione",
                null, List.of(), List.of("https://img.example.it/3.jpg"), BigDecimal.ONE, null);

        assertThatThrownBy(() -> api.insert(mapper.productInput(badGtin)))
                .isInstanceOf(ProductRejectedException.class)
                .hasMessage("[product_attributes.gtins] Invalid GTIN: 8001234567891 "
                        + "(8, 12, 13 or 14 digits with a valid check digit)");
        api.insert(mapper.productInput(COFFEE));

        assertThat(google.products()).extracting(p -> p.getString("offerId")).containsExactly("CAF-1");
        assertThat(google.requests().count("productInputs:insert")).as("a 400 is not retried").isEqualTo(2);
    }

    @Test
    void a429OrA503IsRetriedAndRetryAfterHonoured() {
        google.failNext(1, 429, -1);
        api.insert(mapper.productInput(COFFEE));
        google.failNext(1, 503, 1);
        long started = System.nanoTime();
        api.insert(mapper.productInput(MOKA));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(google.products()).hasSize(2);
        assertThat(google.requests().countByStatus(429)).isEqualTo(1);
        assertThat(google.requests().countByStatus(503)).isEqualTo(1);
        assertThat(google.requests().count("productInputs:insert")).isEqualTo(4);
        assertThat(waitedMillis).as("Retry-After: 1").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aGoogleThatStaysUnavailableIsARemoteErrorAfterAFewAttempts() {
        google.failNext(10, 503, -1);

        assertThatThrownBy(() -> api.insert(mapper.productInput(COFFEE))).isInstanceOf(RemoteException.class)
                .hasMessageContaining("HTTP 503 UNAVAILABLE").hasMessageContaining("after 4 attempts")
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(ConnectionCheck.Outcome.REMOTE_ERROR);
        assertThat(google.requests().count("productInputs:insert")).isEqualTo(4);
    }

    @Test
    void theCheckSaysOkForTheRightKeyAccountAndDataSource() {
        MerchantCheck check = api.check();

        assertThat(check.ok()).isTrue();
        assertThat(check.detail()).isEqualTo("Crocevia API");
    }

    @Test
    void aWrongKeyIsABadKey() {
        String otherKey = google.serviceAccount().withOtherKey().json(google.tokenUri());
        var wrong = api(otherKey, Long.toString(google.account()), Long.toString(google.dataSourceId()));
        var garbage = api("{\"type\":\"authorized_user\"}", Long.toString(google.account()),
                Long.toString(google.dataSourceId()));

        assertThat(wrong.check()).isEqualTo(new MerchantCheck(Outcome.BAD_KEY,
                "Google refused the service account key: invalid_grant: Invalid JWT Signature."));
        assertThat(garbage.check().outcome()).isEqualTo(Outcome.BAD_KEY);
        assertThatThrownBy(() -> wrong.insert(mapper.productInput(COFFEE))).isInstanceOf(RemoteException.class)
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(ConnectionCheck.Outcome.BAD_CREDENTIALS);
        assertThat(google.products()).isEmpty();
    }

    @Test
    void anAccountTheKeyMayNotUseIsNoAccess() {
        var other = api(google.serviceAccountJson(), "accounts/123", "456");

        assertThat(other.check()).isEqualTo(new MerchantCheck(Outcome.NO_ACCESS,
                "The caller does not have access to the accounts: [123]"));
        assertThatThrownBy(() -> other.insert(mapper.productInput(COFFEE))).isInstanceOf(RemoteException.class)
                .hasMessageContaining("does not have access")
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(ConnectionCheck.Outcome.BAD_CREDENTIALS);
    }

    @Test
    void theCheckNamesAMissingOrUnusableDataSourceAndAnUnregisteredProject() {
        DataSource file = google.addDataSource("Feed file", DataSource.Input.FILE, "IT", "it");
        String account = Long.toString(google.account());

        MerchantCheck missing = api(google.serviceAccountJson(), account, "42").check();
        MerchantCheck notApi = api(google.serviceAccountJson(), account, Long.toString(file.id())).check();
        var insertIntoMissing = api(google.serviceAccountJson(), account, "42");
        assertThatThrownBy(() -> insertIntoMissing.insert(mapper.productInput(COFFEE)))
                .isInstanceOf(RemoteException.class).hasMessageContaining("does not exist");
        google.unregisterProject();
        MerchantCheck unregistered = api.check();

        assertThat(missing.outcome()).isEqualTo(Outcome.DATA_SOURCE_MISSING);
        assertThat(notApi).isEqualTo(new MerchantCheck(Outcome.DATA_SOURCE_NOT_API, "Feed file takes FILE input, not API"));
        assertThat(unregistered.outcome()).isEqualTo(Outcome.PROJECT_NOT_REGISTERED);
    }

    @Test
    void aGoogleThatDoesNotAnswerIsUnreachable() {
        String key = google.serviceAccountJson();
        String url = google.apiUrl();
        google.stop();

        MerchantCheck check = new MerchantApi(url, key, "1", "2", FAST, Clock.systemUTC()).check();

        assertThat(check.outcome()).isEqualTo(Outcome.UNREACHABLE);
    }

    @Test
    void neitherTheKeyNorATokenReachesTheLogOrAnException() {
        var records = new ArrayList<LogRecord>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(MerchantApi.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        try {
            google.failNext(2, 500, -1);
            api.insert(mapper.productInput(COFFEE));
            google.failNext(10, 500, -1);
            assertThatThrownBy(() -> api.insert(mapper.productInput(COFFEE)))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ya29.", "PRIVATE KEY"));
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }

        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(String.valueOf(r.getMessage())
                + List.of(r.getParameters() == null ? new Object[0] : r.getParameters()))
                .doesNotContain("ya29.", "PRIVATE KEY", "Bearer"));
        assertThat(ServiceAccountKey.parse(google.serviceAccountJson()).toString())
                .isEqualTo("ServiceAccountKey[" + google.serviceAccount().email() + "]");
    }

    private MerchantApi api(String key, String account, String dataSource) {
        return new MerchantApi(google.apiUrl(), key, account, dataSource, FAST, Clock.systemUTC());
    }
}
