package it.crocevia.testserver.prestashop;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.ImageTypes;
import it.crocevia.testserver.common.MultipartForm;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/images/...} as {@code WebserviceSpecificManagementImages} answers it, for product
 * images (PrestaShop 8: the upload checks of {@code writePostedImageOnDisk} and
 * {@code ImageManager::validateUpload}, with their codes):
 * <ul>
 *   <li>{@code GET images}: the image types; {@code GET images/products}: the product image sizes
 *       and the products that have images;</li>
 *   <li>{@code GET images/products/<id>}: the product's images as {@code <declination>}s, or 404
 *       without a body when it has none;</li>
 *   <li>{@code POST images/products/<id>}: {@code multipart/form-data} with the file in the field
 *       {@code image}. No such file part: 500 code 66; a product that does not exist: 400 code 76;
 *       more than 3,000,000 bytes: 400 code 72; bytes that are not a GIF, JPEG, PNG or WebP
 *       image, or a file name without one of their extensions: 400 code 76. The first image of a
 *       product becomes its cover. The answer (200) is the image record followed by its
 *       {@code <content encode="base64">};</li>
 *   <li>{@code GET images/products/<id>/<image id>} (or {@code bin}, the cover): the bytes;
 *       an image id the product does not have: 400 code 57. {@code DELETE} removes it.</li>
 * </ul>
 * Simplifications: the answers are always XML; an image is kept and served as uploaded (PrestaShop
 * re-encodes it and stores its resized copies); the other image types ({@code categories},
 * {@code manufacturers}...) list no image, and anything else on them answers 500 code 61, as for an
 * image not on disk; a product image's legend cannot be written and a {@code PUT} of its bytes
 * answers 405 code 67.
 */
final class ImageService {

    static final int MAX_UPLOAD_BYTES = 3_000_000;
    private static final List<String> IMAGE_TYPES = List.of("general", "products", "categories", "manufacturers",
            "suppliers", "stores", "customizations");
    private static final List<String> ACCEPTED = List.of("image/gif", "image/jpg", "image/jpeg", "image/pjpeg",
            "image/png", "image/webp", "image/x-png");
    private static final Set<String> EXTENSIONS = Set.of("gif", "jpg", "jpeg", "jpe", "png", "webp");
    /** The product image types of a fresh PrestaShop 8: id and name. */
    private static final String[][] PRODUCT_SIZES = {{"1", "cart_default"}, {"2", "small_default"},
        {"3", "medium_default"}, {"4", "home_default"}, {"5", "large_default"}};

    private final Store store;
    private final String wsUrl;

    /** @param wsUrl the webservice base URL ending in {@code /api/}, for xlink references */
    ImageService(Store store, String wsUrl) {
        this.store = store;
        this.wsUrl = wsUrl;
    }

    void serve(HttpExchange exchange, String method, String[] segments, WsResponse response)
            throws WebserviceException, IOException {
        String type = segment(segments, 1);
        if (type.isEmpty()) {
            imageTypes(response);
            return;
        }
        if (!IMAGE_TYPES.contains(type)) {
            throw WebserviceException.didYouMean(400, 48, "Image of type \"" + type + "\" does not exist", type,
                    IMAGE_TYPES);
        }
        if (!type.equals("products")) {
            otherType(method, segment(segments, 2), response);
            return;
        }
        String productSegment = segment(segments, 2);
        if (productSegment.isEmpty()) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                throw new WebserviceException(405, 55, "This method is not allowed for listing category images.");
            }
            productList(response);
            return;
        }
        if (!Validate.check("isUnsignedId", productSegment)) {
            throw new WebserviceException(400, 60,
                    "The image id is invalid. Please set a valid id or the \"default\" value");
        }
        int productId = Integer.parseInt(productSegment);
        String imageSegment = segment(segments, 3);
        if (imageSegment.isEmpty()) {
            product(exchange, method, productId, response);
        } else {
            image(method, productId, imageSegment, response);
        }
    }

    private void imageTypes(WsResponse response) throws IOException {
        StringBuilder xml = new StringBuilder("<image_types>\n");
        for (String type : IMAGE_TYPES) {
            xml.append('<').append(type).append(" xlink:href=\"").append(XmlRenderer.attr(wsUrl + "images/" + type))
                    .append("\" get=\"true\" put=\"false\" post=\"false\" delete=\"false\" head=\"true\" "
                            + "upload_allowed_mimetypes=\"").append(String.join(", ", ACCEPTED)).append("\"/>\n");
        }
        xml.append("</image_types>\n");
        sendXml(response, xml.toString());
    }

    private void productList(WsResponse response) throws IOException {
        StringBuilder xml = new StringBuilder("<image_types>\n");
        for (String[] size : PRODUCT_SIZES) {
            xml.append("<image_type id=\"").append(size[0]).append("\" name=\"").append(size[1])
                    .append("\" xlink:href=\"").append(XmlRenderer.attr(wsUrl + "image_types/" + size[0]))
                    .append("\"/>\n");
        }
        xml.append("</image_types>\n<images>\n");
        List<Integer> products = store.read(s -> s.table(Resources.PRODUCTS).ids().stream()
                .filter(id -> !s.images().of(id).isEmpty()).toList());
        for (int id : products) {
            xml.append("<image id=\"").append(id).append("\" xlink:href=\"")
                    .append(XmlRenderer.attr(wsUrl + "images/products/" + id)).append("\"/>\n");
        }
        xml.append("</images>\n");
        sendXml(response, xml.toString());
    }

    private void product(HttpExchange exchange, String method, int productId, WsResponse response)
            throws WebserviceException, IOException {
        switch (method) {
            case "GET", "HEAD" -> {
                List<PrestaShopImage> images = store.read(s -> s.images().of(productId));
                if (images.isEmpty()) {
                    response.notFoundWithoutBody();
                    return;
                }
                StringBuilder xml = new StringBuilder("<image id=\"" + productId + "\">\n");
                for (PrestaShopImage image : images) {
                    xml.append("<declination id=\"").append(image.id()).append("\" xlink:href=\"")
                            .append(XmlRenderer.attr(wsUrl + "images/products/" + productId + "/" + image.id()))
                            .append("\"/>\n");
                }
                sendXml(response, xml.append("</image>\n").toString());
            }
            case "POST" -> upload(exchange, productId, response);
            case "PUT" -> throw new WebserviceException(500, 63, "This image does not exist on disk");
            case "DELETE" -> throw new WebserviceException(500, 64, "This image does not exist on disk");
            default -> throw new WebserviceException(405, 67, "This method is not allowed");
        }
    }

    private void upload(HttpExchange exchange, int productId, WsResponse response)
            throws WebserviceException, IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        MultipartForm.Part file = MultipartForm.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body)
                .file("image").filter(part -> part.content().length > 0).orElse(null);
        if (file == null) {
            throw new WebserviceException(500, 66, "Unable to save this image");
        }
        if (file.content().length > MAX_UPLOAD_BYTES) {
            throw new WebserviceException(400, 72, "The image size is too large (maximum allowed is "
                    + MAX_UPLOAD_BYTES / 1000 + " KB)");
        }
        String mimeType = ImageTypes.sniff(file.content());
        if (mimeType == null || !ACCEPTED.contains(mimeType) || !EXTENSIONS.contains(extension(file.fileName()))
                || file.fileName().contains("%00")) {
            throw new WebserviceException(400, 76, "Image upload error : Image format not recognized, allowed "
                    + "formats are: .gif, .jpg, .png, .webp");
        }
        PrestaShopImage image = store.writeChecked(s -> {
            if (s.table(Resources.PRODUCTS).get(productId) == null) {
                throw new WebserviceException(400, 76, "Product " + productId + " does not exist");
            }
            PrestaShopImage added = s.images().add(productId, mimeType, file.fileName(), file.content());
            Table products = s.table(Resources.PRODUCTS);
            products.put(ProductModel.computed(s, products.get(productId)));
            return added;
        });
        sendXml(response, record(image) + "<content encode=\"base64\">"
                + XmlRenderer.cdata(Base64.getEncoder().encodeToString(image.content())) + "</content>\n");
    }

    private void image(String method, int productId, String imageSegment, WsResponse response)
            throws WebserviceException, IOException {
        List<PrestaShopImage> images = store.read(s -> s.images().of(productId));
        PrestaShopImage image = images.stream().filter(candidate -> imageSegment.equals("bin") ? candidate.cover()
                : Integer.toString(candidate.id()).equals(imageSegment)).findFirst()
                .orElseThrow(() -> new WebserviceException(400, 57, "This image id does not exist"));
        switch (method) {
            case "GET", "HEAD" -> response.send(200, image.mimeType(), out -> out.write(image.content()));
            case "DELETE" -> {
                store.write(s -> {
                    s.images().remove(productId, image.id());
                    Table products = s.table(Resources.PRODUCTS);
                    if (products.get(productId) != null) {
                        products.put(ProductModel.computed(s, products.get(productId)));
                    }
                });
                response.noContent(200);
            }
            default -> throw new WebserviceException(405, 67, "This method is not allowed");
        }
    }

    private void otherType(String method, String id, WsResponse response) throws WebserviceException, IOException {
        if (id.isEmpty() && (method.equals("GET") || method.equals("HEAD"))) {
            sendXml(response, "<image_types>\n</image_types>\n<images>\n</images>\n");
            return;
        }
        throw new WebserviceException(500, 61, "This image does not exist on disk");
    }

    /** The image as {@code renderEntity} shows it: its cover "1", or empty (NULL) when not the cover. */
    private String record(PrestaShopImage image) {
        StringBuilder legend = new StringBuilder("<legend>");
        for (int language : List.of(PrestaShopDefaults.LANG_IT, PrestaShopDefaults.LANG_EN)) {
            legend.append("<language id=\"").append(language).append("\" xlink:href=\"")
                    .append(XmlRenderer.attr(wsUrl + "languages/" + language)).append("\"></language>");
        }
        legend.append("</legend>\n");
        return "<image>\n<id>" + XmlRenderer.cdata(Integer.toString(image.id())) + "</id>\n"
                + "<id_product xlink:href=\"" + XmlRenderer.attr(wsUrl + "products/" + image.productId()) + "\">"
                + XmlRenderer.cdata(Integer.toString(image.productId())) + "</id_product>\n"
                + "<position>" + XmlRenderer.cdata(Integer.toString(image.position())) + "</position>\n"
                + "<cover>" + (image.cover() ? XmlRenderer.cdata("1") : "") + "</cover>\n" + legend + "</image>\n";
    }

    private static void sendXml(WsResponse response, String elements) throws IOException {
        response.send(200, "text/xml;charset=utf-8", out -> XmlRenderer.document(out, elements));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String segment(String[] segments, int index) {
        return segments.length > index ? segments[index] : "";
    }
}
