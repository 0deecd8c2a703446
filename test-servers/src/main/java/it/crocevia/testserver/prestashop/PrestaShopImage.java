package it.crocevia.testserver.prestashop;

/**
 * A product image the shop stored from an upload ({@code POST /api/images/products/<id>}), for
 * assertions: its id, position among the product's images (from 1), whether it is the cover, the
 * type its bytes were recognised as, the uploaded file's name and the bytes.
 *
 * @param id the image id ({@code id_image}), unique in the shop
 * @param productId the product
 * @param position its place among the product's images, from 1
 * @param cover whether it is the product's cover (the first image uploaded is)
 * @param mimeType what its bytes are: {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/webp}
 * @param fileName the name of the uploaded file
 * @param content the bytes as uploaded
 */
public record PrestaShopImage(int id, int productId, int position, boolean cover, String mimeType, String fileName,
        byte[] content) {

    public PrestaShopImage {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
