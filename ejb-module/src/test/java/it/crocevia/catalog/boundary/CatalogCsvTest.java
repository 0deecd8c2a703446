package it.crocevia.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.Marketplace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final CatalogArticle COFFEE = new CatalogArticle("CAF-1", "Caffè in grani; \"Miscela\" bar",
            "Coffee beans", new BigDecimal("18.3000"), "8001234567890", "Torrefazione, Milano",
            new BigDecimal("1.000"), List.of("Caffè", "Grani"),
            List.of("https://img.example.it/1.jpg", "https://img.example.it/2.jpg"), new BigDecimal("12.000"));
    private static final CatalogArticle FORMULA = new CatalogArticle("=HYPERLINK", "=cmd|' /C calc'!A0",
            null, new BigDecimal("0.5000"), null, "@marca", null, List.of("+Offerte"), List.of(),
            new BigDecimal("-2.000"));
    private static final CatalogArticle MULTILINE = new CatalogArticle("MOK-3", "Moka 3 tazze\r\nalluminio",
            "Moka pot", new BigDecimal("24.9000"), "012345678905", null, new BigDecimal("0.450"), List.of(),
            List.of("https://img.example.it/moka.jpg"), new BigDecimal("2.500"));

    @Test
    void cellsAreQuotedAsRfc4180Says() {
        assertThat(CatalogCsv.cell("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(CatalogCsv.cell("a,b", ';')).isEqualTo("a,b");
        assertThat(CatalogCsv.cell("a,b", ',')).isEqualTo("\"a,b\"");
        assertThat(CatalogCsv.cell("Moka \"Express\"", ',')).isEqualTo("\"Moka \"\"Express\"\"\"");
        assertThat(CatalogCsv.cell("riga 1\nriga 2", ';')).isEqualTo("\"riga 1\nriga 2\"");
        assertThat(CatalogCsv.cell(null, ';')).isEmpty();
        assertThat(CatalogCsv.line(List.of("a", "b;c", ""), ';')).isEqualTo("a;\"b;c\";\r\n");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(CatalogCsv.cell("=SUM(A1:A9)", ';')).isEqualTo("'=SUM(A1:A9)");
        assertThat(CatalogCsv.cell("+39 02 1234", ';')).isEqualTo("'+39 02 1234");
        assertThat(CatalogCsv.cell("-1+1", ';')).isEqualTo("'-1+1");
        assertThat(CatalogCsv.cell("@SUM(1)", ';')).isEqualTo("'@SUM(1)");
        assertThat(CatalogCsv.cell("\t=1", ';')).isEqualTo("'\t=1");
        assertThat(CatalogCsv.cell("\r=1", ';')).as("neutralised, then quoted for the CR").isEqualTo("\"'\r=1\"");
        assertThat(CatalogCsv.cell("=\"a\";1", ';')).isEqualTo("\"'=\"\"a\"\";1\"");
        assertThat(CatalogCsv.cell("a=b", ';')).isEqualTo("a=b");
        assertThat(CatalogCsv.cell(new BigDecimal("-2"), ';')).as("a number is no formula").isEqualTo("-2");
    }

    @Test
    void numbersHaveADotAndNoTrailingZeros() {
        assertThat(CatalogCsv.cell(new BigDecimal("18.3000"), ';')).isEqualTo("18.3");
        assertThat(CatalogCsv.cell(new BigDecimal("10.000"), ';')).isEqualTo("10");
        assertThat(CatalogCsv.cell(new BigDecimal("0.0000"), ';')).isEqualTo("0");
        assertThat(CatalogCsv.cell(1, ';')).isEqualTo("1");
    }

    @Test
    void prestaShopGetsItsOwnImportFieldNames() {
        assertThat(new CatalogCsv(CsvLayout.PRESTASHOP, "it").header()).isEqualTo("Active (0/1);Name *;"
                + "Categories (x,y,z...);Price tax excluded;Reference #;Manufacturer;EAN13;Weight;Quantity;"
                + "Description;Image URLs (x,y,z...)\r\n");
        assertThat(new CatalogCsv(CsvLayout.PRESTASHOP, "it").line(COFFEE)).isEqualTo("1;\"Caffè in grani; "
                + "\"\"Miscela\"\" bar\";Caffè,Grani;18.3;CAF-1;Torrefazione, Milano;8001234567890;1;12;"
                + "\"Caffè in grani; \"\"Miscela\"\" bar\";"
                + "https://img.example.it/1.jpg,https://img.example.it/2.jpg\r\n");
    }

    @Test
    void magentoGetsTheColumnsOfItsCatalogProductImport() {
        assertThat(new CatalogCsv(CsvLayout.MAGENTO, "en").header()).isEqualTo("sku,store_view_code,"
                + "attribute_set_code,product_type,categories,product_websites,name,description,weight,"
                + "product_online,price,url_key,base_image,small_image,thumbnail_image,qty,is_in_stock,"
                + "additional_images\r\n");
        assertThat(new CatalogCsv(CsvLayout.MAGENTO, "en").line(COFFEE)).isEqualTo("CAF-1,,Default,simple,"
                + "\"Caffè,Grani\",base,Coffee beans,Coffee beans,1,1,18.3,coffee-beans-caf-1,"
                + "https://img.example.it/1.jpg,https://img.example.it/1.jpg,https://img.example.it/1.jpg,12,1,"
                + "https://img.example.it/2.jpg\r\n");
    }

    @Test
    void onlyShopPlatformsHaveALayout() {
        assertThat(CsvLayout.of(Marketplace.PRESTASHOP)).contains(CsvLayout.PRESTASHOP);
        assertThat(CsvLayout.of(Marketplace.MAGENTO)).contains(CsvLayout.MAGENTO);
        assertThat(CsvLayout.of(Marketplace.GOOGLE_SHOPPING)).isEmpty();
    }

    @Test
    void aPrestaShopFileReadsBackToTheSameArticles() {
        var rows = readBack(CsvLayout.PRESTASHOP, "it", List.of(COFFEE, FORMULA, MULTILINE));

        assertThat(rows).hasSize(3);
        var coffee = rows.get(0);
        assertThat(coffee).containsEntry("Reference #", "CAF-1").containsEntry("Name *", COFFEE.descriptionIt())
                .containsEntry("Description", COFFEE.descriptionIt()).containsEntry("Price tax excluded", "18.3")
                .containsEntry("Quantity", "12").containsEntry("EAN13", "8001234567890")
                .containsEntry("Manufacturer", "Torrefazione, Milano").containsEntry("Weight", "1")
                .containsEntry("Categories (x,y,z...)", "Caffè,Grani")
                .containsEntry("Image URLs (x,y,z...)", String.join(",", COFFEE.images()));
        var formula = rows.get(1);
        assertThat(formula).as("every formula-looking text neutralised, the negative stock still a number")
                .containsEntry("Reference #", "'=HYPERLINK").containsEntry("Name *", "'=cmd|' /C calc'!A0")
                .containsEntry("Manufacturer", "'@marca").containsEntry("Categories (x,y,z...)", "'+Offerte")
                .containsEntry("Quantity", "-2").containsEntry("Price tax excluded", "0.5")
                .containsEntry("Image URLs (x,y,z...)", "").containsEntry("EAN13", "");
        var moka = rows.get(2);
        assertThat(moka).containsEntry("Name *", "Moka 3 tazze\r\nalluminio").containsEntry("Quantity", "2")
                .as("a UPC-A as EAN13").containsEntry("EAN13", "0012345678905");
    }

    @Test
    void aMagentoFileReadsBackToTheSameArticles() {
        var rows = readBack(CsvLayout.MAGENTO, "en", List.of(COFFEE, FORMULA, MULTILINE));

        assertThat(rows).extracting(r -> r.get("sku")).containsExactly("CAF-1", "'=HYPERLINK", "MOK-3");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Coffee beans", "'=cmd|' /C calc'!A0",
                "Moka pot");
        assertThat(rows).extracting(r -> r.get("price")).containsExactly("18.3", "0.5", "24.9");
        assertThat(rows).extracting(r -> r.get("qty")).containsExactly("12", "-2", "2.5");
        assertThat(rows).extracting(r -> r.get("is_in_stock")).containsExactly("1", "0", "1");
        assertThat(rows).extracting(r -> r.get("categories")).containsExactly("Caffè,Grani", "'+Offerte", "");
        assertThat(rows).extracting(r -> r.get("additional_images")).containsExactly(
                "https://img.example.it/2.jpg", "", "");
        assertThat(rows.get(2)).containsEntry("url_key", "moka-pot-mok-3")
                .containsEntry("base_image", "https://img.example.it/moka.jpg");
    }

    @Test
    void aManyArticleFileReadsBackLineByLine() {
        var articles = IntStream.range(0, 2000).mapToObj(i -> new CatalogArticle("ART-%05d".formatted(i),
                "Articolo \"" + i + "\";\n" + (i % 7 == 0 ? "=" : "") + "riga", null,
                new BigDecimal(i).movePointLeft(2), null, null, null, List.of(), List.of(), BigDecimal.valueOf(i)))
                .toList();

        var rows = readBack(CsvLayout.PRESTASHOP, "it", articles);

        assertThat(rows).hasSize(2000);
        for (int i = 0; i < 2000; i++) {
            var a = articles.get(i);
            assertThat(rows.get(i)).containsEntry("Reference #", a.code()).containsEntry("Name *", a.descriptionIt())
                    .containsEntry("Price tax excluded", a.price().stripTrailingZeros().toPlainString())
                    .containsEntry("Quantity", Integer.toString(i));
        }
    }

    @Test
    void withoutAWarehouseTheStockCellsStayEmpty() {
        var noStock = new CatalogArticle("X", "x", null, BigDecimal.ONE, null, null, null, List.of(), List.of(), null);

        assertThat(readBack(CsvLayout.PRESTASHOP, "it", List.of(noStock)).get(0)).containsEntry("Quantity", "");
        assertThat(readBack(CsvLayout.MAGENTO, "it", List.of(noStock)).get(0)).containsEntry("qty", "")
                .containsEntry("is_in_stock", "");
    }

    @Test
    void theNameIsInTheAccountsLanguageAndFitsThePlatform() {
        var longName = new CatalogArticle("L", "x".repeat(300), null, BigDecimal.ONE, null, null, null, List.of(),
                List.of(), null);
        var onlyCode = new CatalogArticle("C-9", null, null, BigDecimal.ONE, null, null, null, List.of(), List.of(),
                null);

        assertThat(COFFEE.description("it")).isEqualTo(COFFEE.descriptionIt());
        assertThat(COFFEE.description("en-GB")).isEqualTo("Coffee beans");
        assertThat(FORMULA.description("en")).as("no English: the Italian one").isEqualTo(FORMULA.descriptionIt());
        assertThat(onlyCode.description(null)).isEqualTo("C-9");
        assertThat(readBack(CsvLayout.PRESTASHOP, "it", List.of(longName)).get(0).get("Name *")).hasSize(128);
        assertThat(readBack(CsvLayout.MAGENTO, "it", List.of(longName)).get(0).get("name")).hasSize(255);
    }

    @Test
    void eanAndUrlKeysFitThePlatforms() {
        assertThat(CsvLayout.ean13("8001234567890")).isEqualTo("8001234567890");
        assertThat(CsvLayout.ean13("96385074")).isEqualTo("96385074");
        assertThat(CsvLayout.ean13("012345678905")).isEqualTo("0012345678905");
        assertThat(CsvLayout.ean13("08001234567890")).isEqualTo("8001234567890");
        assertThat(CsvLayout.ean13("18001234567897")).isNull();
        assertThat(CatalogCsv.slug("Caffè «Oro» 100% Arabica ART/1")).isEqualTo("caffe-oro-100-arabica-art-1");
    }

    @Test
    void theReaderTakesBareLineFeedsAndALastLineWithoutEnd() {
        assertThat(CatalogCsv.parse("a;\"b\nc\";d\ne;f", ';')).containsExactly(List.of("a", "b\nc", "d"),
                List.of("e", "f"));
        assertThat(CatalogCsv.parse("", ';')).isEmpty();
    }

    /** Writes the articles as a file would hold them, reads it back and keys each row by the header. */
    private static List<Map<String, String>> readBack(CsvLayout layout, String language,
            List<CatalogArticle> articles) {
        var csv = new CatalogCsv(layout, language);
        var file = new StringBuilder(csv.header());
        articles.forEach(a -> file.append(csv.line(a)));
        var records = CatalogCsv.parse(file.toString(), layout.separator());
        assertThat(records.get(0)).isEqualTo(layout.header());
        var rows = new ArrayList<Map<String, String>>();
        for (var record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(layout.header());
            rows.add(IntStream.range(0, record.size()).boxed().collect(Collectors.toMap(layout.header()::get,
                    record::get, (a, b) -> a, LinkedHashMap::new)));
        }
        return rows;
    }
}
