package it.crocevia.connector.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the product images an ERP names by URL, for a publisher to upload to the shop. Only what
 * a shop takes gets through: an {@code http(s)} URL answering 200 within {@value #TIMEOUT_SECONDS}
 * seconds with an {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/webp}
 * type whose bytes really are such an image (the bytes decide the type), at most
 * {@value #MAX_BYTES} bytes, read no further than that. Anything else is an {@link Unusable} with
 * the reason, which never quotes the URL's query (it may carry a signature or a token): see
 * {@link #describe(String)}.
 */
public final class ImageDownloads {

    /** 10 MiB: larger images are refused before they are read whole. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int TIMEOUT_SECONDS = 30;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/gif", "gif", "image/webp", "webp");

    private final HttpClient client;

    public ImageDownloads(HttpClient client) {
        this.client = client;
    }

    /** An image as downloaded: its bytes and the type they are. */
    public record Image(byte[] content, String mimeType) {

        /** The file extension of its type: {@code jpg}, {@code png}, {@code gif} or {@code webp}. */
        public String extension() {
            return EXTENSIONS.get(mimeType);
        }
    }

    /** Why an image URL gave no usable image. */
    public static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** @throws Unusable when the URL gives no image a shop takes, with the reason */
    public Image fetch(String url) throws Unusable {
        return fetch(url, TYPES);
    }

    /**
     * Like {@link #fetch(String)}, for a shop that takes fewer types.
     *
     * @param accepted the types the shop takes, e.g. {@code image/jpeg}
     */
    public Image fetch(String url, Set<String> accepted) throws Unusable {
        Image image = download(url);
        if (!accepted.contains(image.mimeType())) {
            throw new Unusable(image.mimeType() + ", which the shop does not take");
        }
        return image;
    }

    private Image download(String url) throws Unusable {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Unusable("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Unusable("not an http(s) URL");
        }
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Accept", "image/jpeg, image/png, image/gif, image/webp").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return image(response, body);
            }
        } catch (IOException e) {
            throw new Unusable("no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unusable("interrupted");
        }
    }

    private static Image image(HttpResponse<InputStream> response, InputStream body) throws IOException, Unusable {
        if (response.statusCode() != 200) {
            throw new Unusable("HTTP " + response.statusCode());
        }
        String declared = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        if (!TYPES.contains(declared)) {
            throw new Unusable("content type \"" + declared + "\" is not a JPEG, PNG, GIF or WebP image");
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > MAX_BYTES) {
            throw new Unusable("larger than " + MAX_BYTES + " bytes");
        }
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new Unusable("larger than " + MAX_BYTES + " bytes");
        }
        String type = sniff(content);
        if (type == null) {
            throw new Unusable("the bytes are not a JPEG, PNG, GIF or WebP image");
        }
        return new Image(content, type);
    }

    /**
     * The name a shop gets the image under: {@code <sku>-<n>.<extension>}, the SKU reduced to what
     * every platform takes in a file name (letters, digits, {@code _} and {@code -}).
     */
    public static String fileName(String sku, int number, Image image) {
        String base = sku.replaceAll("[^A-Za-z0-9_-]+", "_");
        return (base.isEmpty() ? "image" : base) + "-" + number + "." + image.extension();
    }

    /** The URL as a log may show it: scheme, host, port and path, without user, query or fragment. */
    public static String describe(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException | NullPointerException e) {
            return "(not a URL)";
        }
    }

    /** The type of an image from its first bytes, null when it is none of the four. */
    static String sniff(byte[] bytes) {
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(bytes, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P') ? "image/webp" : null;
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
