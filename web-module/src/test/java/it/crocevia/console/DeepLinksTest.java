package it.crocevia.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeepLinksTest {

    private static final String LINK = "/crocevia/accounts/edit.xhtml?id=3";

    @Test
    void theRedirectAfterTheSignInGetsTheLinksQueryBack() {
        assertThat(DeepLinks.restored("http://console.example.it:8080/crocevia/accounts/edit.xhtml", LINK,
                "/crocevia")).contains("http://console.example.it:8080/crocevia/accounts/edit.xhtml?id=3");
        assertThat(DeepLinks.restored("/crocevia/accounts/edit.xhtml", LINK, "/crocevia")).contains(LINK);
    }

    @Test
    void onlyTheSamePathOfThisApplicationIsRestored() {
        // the sign-in went elsewhere: the kept link is not for it
        assertThat(DeepLinks.restored("http://console.example.it/crocevia/orders/list.xhtml", LINK, "/crocevia"))
                .isEmpty();
        // a cookie written by someone else cannot send the browser to another site or application
        assertThat(DeepLinks.restored("http://console.example.it/crocevia/x", "//evil.example/crocevia/x?a=1",
                "/crocevia")).isEmpty();
        assertThat(DeepLinks.restored("http://console.example.it/other/x", "/other/x?a=1", "/crocevia")).isEmpty();
        assertThat(DeepLinks.restored("http://console.example.it/crocevia/x", "/crocevia/x?a=1\r\nSet-Cookie: s=1",
                "/crocevia")).isEmpty();
        // nothing to add, or the redirect has a query of its own
        assertThat(DeepLinks.restored("http://console.example.it/crocevia/x", "/crocevia/x", "/crocevia")).isEmpty();
        assertThat(DeepLinks.restored("http://console.example.it/crocevia/x?b=2", "/crocevia/x?a=1", "/crocevia"))
                .isEmpty();
        assertThat(DeepLinks.restored("not a uri", "/crocevia/x?a=1", "/crocevia")).isEmpty();
    }
}
