package it.crocevia.connector.control;

import java.time.Duration;

/** The connectors' tests' HTTP: one retry after a millisecond, so a test server's fault fails fast. */
public final class QuickHttp {

    private QuickHttp() {
    }

    public static RemoteHttp remoteHttp() {
        return new RemoteHttp(RemoteHttp.newClient(), new RemoteHttp.RetryPolicy(2, Duration.ofMillis(1),
                Duration.ofMillis(2), Duration.ofSeconds(10)));
    }
}
