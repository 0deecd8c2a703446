package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates shop accounts through the REST API, as an operator would in "Dati Account". */
final class TestAccounts {

    private TestAccounts() {
    }

    /**
     * @param settings further JSON members of the account, e.g. {@code "syncOrders": true}
     * @return the new account's id
     */
    static long create(Http operator, String description, String platform, String shopUrl, String secret,
            String settings) throws Exception {
        var created = operator.post("api/v1/accounts", """
                {"description": "%s", "platform": "%s", "shopUrl": "%s", "secret": "%s", %s}"""
                .formatted(description, platform, shopUrl, secret, settings));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }
}
