package it.crocevia.testserver.common;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A response body that is kept in memory while small and streamed (chunked) once it grows past a
 * threshold.
 *
 * <p>Why: real platforms send {@code Content-Length} and checksum headers that need the whole
 * body, but a benchmark page of thousands of full records, or an unbounded list, must not be held
 * in memory. The headers are sent at the last possible moment through {@link HeaderHook}, which
 * gets the complete body when it was small enough to keep.
 */
public final class ResponseBody extends OutputStream {

    /** Adds headers right before they are sent. */
    @FunctionalInterface
    public interface HeaderHook {
        /**
         * @param completeBody the whole body when it was buffered, empty when it is being streamed
         */
        void beforeHeaders(Optional<byte[]> completeBody);
    }

    private final HttpExchange exchange;
    private final int status;
    private final int threshold;
    private final HeaderHook hook;
    private final boolean headOnly;
    private ByteArrayOutputStream buffer;
    private OutputStream streaming;
    private boolean closed;

    /**
     * @param exchange the exchange to answer
     * @param status HTTP status to send
     * @param threshold bytes kept in memory before switching to streaming
     * @param hook adds the last headers
     */
    public ResponseBody(HttpExchange exchange, int status, int threshold, HeaderHook hook) {
        this.exchange = exchange;
        this.status = status;
        this.threshold = threshold;
        this.hook = hook;
        this.headOnly = "HEAD".equals(exchange.getRequestMethod());
        this.buffer = new ByteArrayOutputStream(Math.min(threshold, 64 * 1024));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (streaming != null) {
            streaming.write(bytes, offset, length);
            return;
        }
        if (buffer.size() + length > threshold) {
            startStreaming();
            streaming.write(bytes, offset, length);
            return;
        }
        buffer.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (streaming != null) {
            streaming.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (streaming != null) {
            streaming.close();
            return;
        }
        byte[] body = buffer.toByteArray();
        hook.beforeHeaders(Optional.of(body));
        if (headOnly || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            exchange.getResponseBody().close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void startStreaming() throws IOException {
        hook.beforeHeaders(Optional.empty());
        exchange.sendResponseHeaders(status, headOnly ? -1 : 0);
        OutputStream raw = headOnly ? OutputStream.nullOutputStream() : exchange.getResponseBody();
        streaming = new BufferedOutputStream(raw, 64 * 1024);
        buffer.writeTo(streaming);
        buffer = null;
    }
}
