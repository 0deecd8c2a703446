package it.crocevia.connector.control;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * A site on 127.0.0.1 that serves the images an ERP links to, for the publishers' tests: each path
 * answers the bytes and content type it was given; any other path 404.
 */
public final class ImageSite implements AutoCloseable {

    /** The first bytes of a WebP file: enough for a type to be told. */
    public static final byte[] WEBP = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    private final HttpServer server;
    private final Map<String, Map.Entry<String, byte[]>> files = new ConcurrentHashMap<>();

    public ImageSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            var file = files.get(exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", file.getKey());
                exchange.sendResponseHeaders(200, file.getValue().length);
                exchange.getResponseBody().write(file.getValue());
            }
            exchange.close();
        });
        server.start();
    }

    /** Serves the bytes at the path with the content type; returns the path's URL. */
    public String serve(String path, String contentType, byte[] content) {
        files.put(path, Map.entry(contentType, content.clone()));
        return url(path);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A small picture in an ImageIO format ({@code png}, {@code jpg}, {@code gif}). */
    public static byte[] picture(String format, int rgb) {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
