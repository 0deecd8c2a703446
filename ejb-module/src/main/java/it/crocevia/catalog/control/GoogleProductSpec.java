package it.crocevia.catalog.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An article as Google's product data specification wants it for one target country and language:
 * the values that both the RSS feed ({@link GoogleFeedWriter}) and the Merchant API
 * ({@link MerchantProductMapper}) send, so that the two ways of publishing never disagree.
 *
 * <ul>
 *   <li>the id is the article code; title (at most 150 characters, cut at a word) and description
 *   (at most 5000) are the ERP's description in the target's language: Italian for an {@code it}
 *   target, English for any other, the other one when that is missing;</li>
 *   <li>the link is the account's product page address with the article code in place of
 *   {@code {code}}; the image is the first image, up to ten more are additional images;</li>
 *   <li>the price is the price list's net price plus the article's VAT, as Google asks for every
 *   country but the United States and Canada (where prices are shown without tax); without a VAT
 *   rate the price is as it is; rounded to the cent, in the target's currency;</li>
 *   <li>in stock when the account's warehouse has a positive stock, out of stock otherwise (also
 *   when the account names no warehouse: Google is never promised what is not known);</li>
 *   <li>identifiers: the GTIN when the ERP has one, the brand when it has one; without a GTIN but
 *   with a brand, the article code is the MPN; with neither GTIN nor brand, no identifier exists (a
 *   code with no brand identifies nothing to Google);</li>
 *   <li>condition new; the shipping weight is the ERP's weight in kg.</li>
 * </ul>
 * An article Google would refuse (no title, no positive price, no product address, no image, a code
 * longer than Google's 50 characters) is not sent: {@link #check} says why.
 *
 * <p>Text is stripped of what XML 1.0 cannot carry and of control characters.
 */
public final class GoogleProductSpec {

    /** Why an article is not published to Google. */
    public enum Skip {
        /** Its code is longer than Google's 50 characters. */
        ID,
        /** It has no description in either language. */
        TITLE,
        /** Its price is zero. */
        PRICE,
        /** The account has no product page address. */
        LINK,
        /** It has no image (an http or https URL). */
        IMAGE
    }

    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 5000;
    static final int ID_MAX = 50;
    static final int BRAND_MAX = 70;
    static final int URL_MAX = 2000;
    static final int ADDITIONAL_IMAGES_MAX = 10;
    /** Where Google shows (and wants) prices without tax. */
    private static final Set<String> NET_PRICE_COUNTRIES = Set.of("US", "CA");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FeedTarget target;
    private final String productUrl;

    /**
     * @param productUrl the address of a product page with {@code {code}} for the article code;
     *     {@code null}: the account has none, and every article is skipped
     */
    public GoogleProductSpec(FeedTarget target, String productUrl) {
        this.target = target;
        this.productUrl = productUrl;
    }

    public FeedTarget target() {
        return target;
    }

    /** Why Google would refuse the article, if it would. */
    public Optional<Skip> check(CatalogArticle a) {
        if (a.code() == null || a.code().length() > ID_MAX || text(a.code()).isEmpty()) {
            return Optional.of(Skip.ID);
        }
        if (title(a).isEmpty()) {
            return Optional.of(Skip.TITLE);
        }
        if (a.price() == null || price(a).signum() <= 0) {
            return Optional.of(Skip.PRICE);
        }
        if (link(a) == null) {
            return Optional.of(Skip.LINK);
        }
        if (images(a).isEmpty()) {
            return Optional.of(Skip.IMAGE);
        }
        return Optional.empty();
    }

    String id(CatalogArticle a) {
        return text(a.code());
    }

    String title(CatalogArticle a) {
        return cutAtWord(line(localized(a)), TITLE_MAX);
    }

    String description(CatalogArticle a) {
        return cut(localized(a), DESCRIPTION_MAX);
    }

    /** The product page of the article, or {@code null} when the account has no address for it. */
    String link(CatalogArticle a) {
        if (productUrl == null || productUrl.isBlank()) {
            return null;
        }
        String code = URLEncoder.encode(a.code(), StandardCharsets.UTF_8).replace("+", "%20");
        String link = productUrl.strip().replace("{code}", code);
        return httpUrl(link) ? link : null;
    }

    /** The article's images that are http(s) URLs Google can fetch, in the ERP's order. */
    List<String> images(CatalogArticle a) {
        return a.images().stream().map(i -> i == null ? "" : i.strip()).filter(GoogleProductSpec::httpUrl).toList();
    }

    /** The images after the first, at most as many as Google takes. */
    List<String> additionalImages(CatalogArticle a) {
        var images = images(a);
        return images.subList(1, Math.min(images.size(), ADDITIONAL_IMAGES_MAX + 1));
    }

    boolean inStock(CatalogArticle a) {
        return a.quantity() != null && a.quantity().signum() > 0;
    }

    /** The price to show in the target's country, rounded to the cent, in {@link FeedTarget#currency()}. */
    BigDecimal price(CatalogArticle a) {
        BigDecimal price = a.price();
        if (a.vatRate() != null && !NET_PRICE_COUNTRIES.contains(target.country())) {
            price = price.add(price.multiply(a.vatRate()).divide(HUNDRED));
        }
        return price.setScale(2, RoundingMode.HALF_UP);
    }

    /** The brand, or "" without one. */
    String brand(CatalogArticle a) {
        return cut(line(a.brand()), BRAND_MAX);
    }

    /** The GTIN, or "" without one. */
    String gtin(CatalogArticle a) {
        return a.gtin() == null ? "" : a.gtin().strip();
    }

    /** The article code as the manufacturer part number, when it identifies a branded article without GTIN. */
    Optional<String> mpn(CatalogArticle a) {
        return gtin(a).isEmpty() && !brand(a).isEmpty() ? Optional.of(id(a)) : Optional.empty();
    }

    /** Whether the article has identifiers Google can use (a GTIN or a brand). */
    boolean identifierExists(CatalogArticle a) {
        return !gtin(a).isEmpty() || !brand(a).isEmpty();
    }

    /** The ERP's weight in kg without trailing zeros, when it has a positive one. */
    Optional<BigDecimal> shippingWeightKg(CatalogArticle a) {
        return a.weightKg() != null && a.weightKg().signum() > 0 ? Optional.of(a.weightKg().stripTrailingZeros())
                : Optional.empty();
    }

    /** The description in the target's language, the other one when it is missing ("" with neither). */
    private String localized(CatalogArticle a) {
        boolean italian = "it".equals(target.language().toLowerCase(Locale.ROOT));
        String wanted = text(italian ? a.descriptionIt() : a.descriptionEn());
        return wanted.isEmpty() ? text(italian ? a.descriptionEn() : a.descriptionIt()) : wanted;
    }

    private static boolean httpUrl(String value) {
        if (value.isEmpty() || value.length() > URL_MAX || !value.equals(text(value))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The text without what XML 1.0 cannot carry (C0 controls but tab and line breaks, lone
     * surrogates, U+FFFE/U+FFFF) and without C1 controls, line breaks as {@code \n}, stripped.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var clean = new StringBuilder(value.length());
        value.replace("\r\n", "\n").replace('\r', '\n').codePoints().filter(GoogleProductSpec::allowed)
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    /** One line: the text with every run of white space as one space. */
    static String line(String value) {
        return text(value).replaceAll("\\s+", " ");
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    /** At most {@code max} characters (code points, never half a pair). */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }

    /** At most {@code max} characters, ending at a word when there is a space in the last third. */
    static String cutAtWord(String text, int max) {
        String cut = cut(text, max);
        if (cut.length() == text.length()) {
            return cut;
        }
        int space = cut.lastIndexOf(' ');
        return space > cut.length() * 2 / 3 ? cut.substring(0, space).strip() : cut;
    }
}
