package it.crocevia.testserver.magento;

import java.util.List;

/**
 * A product's media gallery entry with its stored file, for assertions.
 *
 * @param id the gallery entry id
 * @param file the file's path under {@code catalog/product}, e.g. {@code /m/o/moka.jpg}
 * @param label its label, null when none
 * @param position its position
 * @param types its roles ({@code image}, {@code small_image}, {@code thumbnail})
 * @param mimeType what the stored bytes are
 * @param content the stored bytes
 */
public record MagentoImage(int id, String file, String label, int position, List<String> types, String mimeType,
        byte[] content) {

    public MagentoImage {
        types = List.copyOf(types);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
