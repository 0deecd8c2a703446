package it.crocevia.testserver.prestashop;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the webservice's answers in one output format (PrestaShop's XML or JSON). */
interface Renderer {

    String contentType();

    /**
     * A list: ids only with {@link Display#MINIMUM}, else the shown fields of each row.
     *
     * @param languages the languages of multilingual fields, in output order
     */
    void list(OutputStream out, Resource resource, List<Row> rows, Display display, List<Integer> languages)
            throws IOException;

    /**
     * One record ({@code /api/orders/5}).
     *
     * @param displayParameter whether the request had a {@code display} parameter, which changes
     *     the JSON wrapper from {@code {"order":{...}}} to {@code {"orders":[{...}]}}
     */
    void single(OutputStream out, Resource resource, Row row, Display display, boolean displayParameter,
            List<Integer> languages) throws IOException;

    /**
     * The records a {@code POST}, {@code PUT} or {@code PATCH} wrote, shown in full as a single
     * record is (several when the body held several entities).
     */
    void written(OutputStream out, Resource resource, List<Row> rows, boolean displayParameter,
            List<Integer> languages) throws IOException;

    /**
     * {@code ?schema=blank} (every writable field, empty) or {@code ?schema=synopsis} (every field
     * but the id, with its {@code required}, {@code maxSize}, {@code format} and {@code readOnly}).
     */
    void schema(OutputStream out, Resource resource, boolean synopsis, boolean displayParameter,
            List<Integer> languages) throws IOException;

    /**
     * The resources a key may use ({@code GET /api/}).
     *
     * @param methods the key's methods by resource
     */
    void resources(OutputStream out, Collection<Resource> permitted, Map<String, Set<String>> methods)
            throws IOException;

    void errors(OutputStream out, List<WsError> errors) throws IOException;
}
