package it.crocevia.it;

import it.crocevia.platform.boundary.TimeSource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Test-only (put into the WAR by {@link Deployments#earWith}): moves the server's clock, so a
 * test sees a one-hour link expire or a rate-limit window pass without waiting.
 * {@code POST /test/clock?advance=PT61M}; the clock only moves forward, and the offset goes away
 * with the deployment. The server refuses
 * unless started with {@code -Dcrocevia.clock=adjustable} (arquillian.xml).
 */
@WebServlet("/test/clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TimeSource time;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        time.advance(Duration.parse(request.getParameter("advance")));
        response.setContentType("text/plain");
        response.getWriter().print(time.now());
    }

    /** Moves the clock of the server at {@code context}. */
    static void advance(URI context, Duration by) throws IOException, InterruptedException {
        send(context, "advance=" + by);
    }

    private static void send(URI context, String query) throws IOException, InterruptedException {
        var reply = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(context.resolve("test/clock?" + query)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("the test clock answered " + reply.statusCode() + ": " + reply.body());
        }
    }
}
