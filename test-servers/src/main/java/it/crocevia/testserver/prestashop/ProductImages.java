package it.crocevia.testserver.prestashop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's product images ({@code ps_image} and the files on disk): ids given out in sequence,
 * positions from 1 per product, one cover per product (the first image added). Not thread-safe:
 * {@link Store} guards it.
 */
final class ProductImages {

    private final Map<Integer, List<PrestaShopImage>> byProduct = new HashMap<>();
    private int lastId;

    /** @return the product's images by position */
    List<PrestaShopImage> of(int productId) {
        return List.copyOf(byProduct.getOrDefault(productId, List.of()));
    }

    /** {@code Image::add} with its position after the last and the cover when the product has none. */
    PrestaShopImage add(int productId, String mimeType, String fileName, byte[] content) {
        List<PrestaShopImage> images = byProduct.computeIfAbsent(productId, id -> new ArrayList<>());
        boolean cover = images.stream().noneMatch(PrestaShopImage::cover);
        PrestaShopImage image = new PrestaShopImage(++lastId, productId, images.size() + 1, cover, mimeType, fileName,
                content);
        images.add(image);
        return image;
    }

    /**
     * Removes an image; the others move up a position, and when it was the cover the first one left
     * becomes the cover.
     */
    void remove(int productId, int imageId) {
        List<PrestaShopImage> images = byProduct.getOrDefault(productId, new ArrayList<>());
        boolean wasCover = images.stream().anyMatch(image -> image.id() == imageId && image.cover());
        images.removeIf(image -> image.id() == imageId);
        List<PrestaShopImage> renumbered = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            PrestaShopImage image = images.get(i);
            renumbered.add(new PrestaShopImage(image.id(), productId, i + 1, image.cover() || wasCover && i == 0,
                    image.mimeType(), image.fileName(), image.content()));
        }
        byProduct.put(productId, renumbered);
    }

    void clear() {
        byProduct.clear();
    }

    /** Removes every image of a deleted product. */
    void removeAll(int productId) {
        byProduct.remove(productId);
    }
}
