package it.crocevia.testserver.google;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the Merchant API with a running server and a client that has its bearer token. */
abstract class SignedInTest {

    MerchantApiTestServer server;
    GoogleClient client;
    String token;

    @BeforeEach
    void start() {
        server = new MerchantApiTestServer().start();
        client = new GoogleClient(server);
        token = client.token();
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
