package it.crocevia.testserver.common;

/**
 * The type of an image told from its first bytes, as PHP's {@code finfo} and
 * {@code getimagesize} tell it: what the platforms check an uploaded image by, whatever type the
 * client declared.
 */
public final class ImageTypes {

    private ImageTypes() {}

    /**
     * @return {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/webp}, or null
     *     when the bytes are none of them
     */
    public static String sniff(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "image/gif";
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
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
