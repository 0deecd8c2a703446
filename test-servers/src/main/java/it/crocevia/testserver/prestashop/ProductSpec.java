package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A product to seed, as the back office saves one: active, saved ({@code state} 1), visible
 * everywhere, in the Home category (id 2), taxed with rule group 1 (IT 22%), its
 * {@code link_rewrite} made from its name, and a {@code stock_availables} row with its quantity.
 * Names are Italian and English (languages 1 and 2). {@link #set} stores any other field's raw
 * text.
 */
public final class ProductSpec extends RowSpec<ProductSpec> {

    /** PrestaShop's Home category, the default one of a fresh shop. */
    public static final int CATEGORY_HOME = 2;

    final String reference;
    final BigDecimal price;
    String nameIt;
    String nameEn;
    String descriptionIt = "";
    String descriptionEn = "";
    String shortIt = "";
    String shortEn = "";
    String linkIt;
    String linkEn;
    boolean active = true;
    String ean13 = "";
    String upc = "";
    String mpn = "";
    BigDecimal weight = BigDecimal.ZERO;
    int categoryDefault = CATEGORY_HOME;
    List<Integer> categories = List.of(CATEGORY_HOME);
    int taxRulesGroup = 1;
    int manufacturer;
    int quantity;
    String visibility = "both";
    LocalDateTime dateAdd;
    LocalDateTime dateUpd;

    private ProductSpec(String reference, String name, BigDecimal price) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.nameIt = Objects.requireNonNull(name, "name");
        this.nameEn = name;
        this.price = Objects.requireNonNull(price, "price");
    }

    /**
     * @param reference the product's reference (its code)
     * @param name its name in both languages
     * @param price its price without tax
     */
    public static ProductSpec of(String reference, String name, BigDecimal price) {
        return new ProductSpec(reference, name, price);
    }

    public ProductSpec name(String italian, String english) {
        this.nameIt = Objects.requireNonNull(italian);
        this.nameEn = Objects.requireNonNull(english);
        return this;
    }

    public ProductSpec description(String italian, String english) {
        this.descriptionIt = Objects.requireNonNull(italian);
        this.descriptionEn = Objects.requireNonNull(english);
        return this;
    }

    public ProductSpec descriptionShort(String italian, String english) {
        this.shortIt = Objects.requireNonNull(italian);
        this.shortEn = Objects.requireNonNull(english);
        return this;
    }

    /** @param italian the friendly URL's Italian text (default: made from the name) */
    public ProductSpec linkRewrite(String italian, String english) {
        this.linkIt = italian;
        this.linkEn = english;
        return this;
    }

    public ProductSpec active(boolean active) {
        this.active = active;
        return this;
    }

    public ProductSpec ean13(String ean13) {
        this.ean13 = Objects.requireNonNull(ean13);
        return this;
    }

    public ProductSpec upc(String upc) {
        this.upc = Objects.requireNonNull(upc);
        return this;
    }

    public ProductSpec mpn(String mpn) {
        this.mpn = Objects.requireNonNull(mpn);
        return this;
    }

    public ProductSpec weight(BigDecimal weight) {
        this.weight = Objects.requireNonNull(weight);
        return this;
    }

    /**
     * @param defaultCategory {@code id_category_default}
     * @param others further categories of the {@code categories} association
     */
    public ProductSpec categories(int defaultCategory, int... others) {
        this.categoryDefault = defaultCategory;
        List<Integer> all = new ArrayList<>();
        all.add(defaultCategory);
        for (int other : others) {
            all.add(other);
        }
        this.categories = List.copyOf(all);
        return this;
    }

    public ProductSpec taxRulesGroup(int taxRulesGroup) {
        this.taxRulesGroup = taxRulesGroup;
        return this;
    }

    public ProductSpec manufacturer(int manufacturerId) {
        this.manufacturer = manufacturerId;
        return this;
    }

    /** @param quantity the available quantity of its stock row (default 0) */
    public ProductSpec quantity(int quantity) {
        this.quantity = quantity;
        return this;
    }

    /** @param visibility both, catalog, search or none */
    public ProductSpec visibility(String visibility) {
        this.visibility = Objects.requireNonNull(visibility);
        return this;
    }

    /** @param dateAdd creation time in the shop's time zone (default: now) */
    public ProductSpec dateAdd(LocalDateTime dateAdd) {
        this.dateAdd = dateAdd;
        return this;
    }

    /** @param dateUpd last update in the shop's time zone (default: the creation time) */
    public ProductSpec dateUpd(LocalDateTime dateUpd) {
        this.dateUpd = dateUpd;
        return this;
    }
}
