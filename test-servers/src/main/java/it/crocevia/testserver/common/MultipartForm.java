package it.crocevia.testserver.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts as PHP fills {@code $_POST}
 * and {@code $_FILES}: a part with a {@code filename} in its {@code Content-Disposition} is a file
 * (its {@code Content-Type} the type the client declared), any other a field. A body that is not
 * multipart, or has no closing boundary, has no parts, as PHP then fills nothing.
 */
public final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    /**
     * One part.
     *
     * @param name its form field name
     * @param fileName the file name for a file, null for a plain field
     * @param contentType the declared type, null when none
     * @param content its bytes
     */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public boolean file() {
            return fileName != null;
        }
    }

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * @param contentType the request's {@code Content-Type}, may be null
     * @param body the request body
     */
    public static MultipartForm parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return new MultipartForm(List.of());
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return new MultipartForm(List.of());
        }
        String boundaryText = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        byte[] delimiter = ("--" + boundaryText).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return new MultipartForm(parts);
            }
            start = skipLineEnd(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            part(body, start, end).ifPresent(parts::add);
            at = next;
        }
        return new MultipartForm(List.of());
    }

    /** @return the first file part of that field name, as {@code $_FILES[name]} */
    public Optional<Part> file(String name) {
        return parts.stream().filter(part -> part.file() && part.name().equals(name)).findFirst();
    }

    public List<Part> parts() {
        return parts;
    }

    private static Optional<Part> part(byte[] body, int start, int end) {
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
        int separator = 4;
        if (headersEnd < 0 || headersEnd > end) {
            headersEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), start);
            separator = 2;
        }
        if (headersEnd < 0 || headersEnd > end) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String headerText = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
        for (String line : headerText.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        String disposition = headers.getOrDefault("content-disposition", "");
        Matcher name = NAME.matcher(disposition);
        if (!disposition.toLowerCase(Locale.ROOT).startsWith("form-data") || !name.find()) {
            return Optional.empty();
        }
        Matcher fileName = FILENAME.matcher(disposition);
        byte[] content = new byte[Math.max(0, end - headersEnd - separator)];
        System.arraycopy(body, headersEnd + separator, content, 0, content.length);
        return Optional.of(new Part(name.group(1), fileName.find() ? fileName.group(1) : null,
                headers.get("content-type"), content));
    }

    private static int skipLineEnd(byte[] body, int at) {
        if (at < body.length && body[at] == '\r') {
            at++;
        }
        if (at < body.length && body[at] == '\n') {
            at++;
        }
        return at;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
