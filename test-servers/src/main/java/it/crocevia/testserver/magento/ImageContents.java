package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.ImageTypes;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code content} of a new media gallery entry ({@code base64_encoded_data}, {@code type},
 * {@code name}) checked as {@code ImageContentValidator} checks it and stored as
 * {@code ImageProcessor} and the file uploader store it:
 * <ul>
 *   <li>data that is not base64, or not an image: "The image content must be valid base64
 *       encoded data.";</li>
 *   <li>a {@code type} other than the type of the bytes, or a type other than JPEG, PNG or GIF:
 *       "The image MIME type is not valid or not supported.";</li>
 *   <li>a name with {@code \ / ? * : " ; < > ( ) | { }}: "Provided image name contains forbidden
 *       characters.";</li>
 *   <li>the file: the name (with the type's extension when it has none) with anything but
 *       letters, digits, {@code _ - .} made {@code _}, under the dispersion folders of its first two
 *       characters ({@code /m/o/moka.jpg}), {@code _1}, {@code _2}... added when the file exists.</li>
 * </ul>
 * Each refusal is a 400 of the whole product save.
 */
final class ImageContents {

    private static final List<String> ALLOWED = List.of("image/jpg", "image/jpeg", "image/gif", "image/png");
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpg", "jpg", "image/jpeg", "jpg",
            "image/gif", "gif", "image/png", "png");
    private static final Pattern VALID_NAME = Pattern.compile("^[^\\\\/?*:\";<>()|{}]+$");

    private ImageContents() {}

    /** @return the stored file's path, e.g. {@code /m/o/moka.jpg} */
    static String store(CatalogStructure catalog, Map<String, Object> content) throws MagentoException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text(content, "base64_encoded_data"));
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        String sniffed = ImageTypes.sniff(bytes);
        if (bytes.length == 0 || sniffed == null) {
            throw MagentoException.of(400, "The image content must be valid base64 encoded data.");
        }
        String type = text(content, "type");
        if (!sniffed.equals(type) || !ALLOWED.contains(sniffed)) {
            throw MagentoException.of(400, "The image MIME type is not valid or not supported.");
        }
        String name = text(content, "name");
        if (!VALID_NAME.matcher(name).matches()) {
            throw MagentoException.of(400, "Provided image name contains forbidden characters.");
        }
        if (!name.contains(".")) {
            name = name + "." + EXTENSIONS.get(type);
        }
        String corrected = name.replaceAll("[^a-zA-Z0-9_\\-.]+", "_");
        String folder = "/" + folderChar(corrected, 0) + "/" + folderChar(corrected, 1) + "/";
        String file = folder + corrected;
        int dot = corrected.lastIndexOf('.');
        for (int copy = 1; catalog.hasFile(file); copy++) {
            file = folder + corrected.substring(0, dot) + "_" + copy + corrected.substring(dot);
        }
        catalog.putFile(file, sniffed, bytes);
        return file;
    }

    private static String folderChar(String name, int index) {
        char c = index < name.length() ? name.charAt(index) : '_';
        return c == '.' ? "_" : String.valueOf(c).toLowerCase(Locale.ROOT);
    }

    private static String text(Map<String, Object> content, String field) {
        Object value = content.get(field);
        return value == null ? "" : value.toString();
    }
}
