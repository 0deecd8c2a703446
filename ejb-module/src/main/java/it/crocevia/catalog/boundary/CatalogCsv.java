package it.crocevia.catalog.boundary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Articles as the lines of a platform's CSV import (RFC 4180): a cell is quoted when it holds the
 * separator, a quote, CR or LF, with its quotes doubled; lines end with CRLF; the file is UTF-8
 * without a byte order mark (Magento would read one as part of the first column's name).
 *
 * <p>A text cell that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or
 * a CR) gets a leading {@code '}, so opening the file is never running it (OWASP "CSV injection").
 * Numbers are written as numbers: a negative stock stays {@code -2}.
 */
public final class CatalogCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CsvLayout layout;
    private final String languageCode;
    private final Map<String, String> categoryCells;

    public CatalogCsv(CsvLayout layout, String languageCode) {
        this(layout, languageCode, Map.of());
    }

    /**
     * A file whose categories follow the account's category mapping: {@code categoryCells} gives, for
     * an ERP category, what the platform's import reads as the mapped category (see
     * {@link CsvLayout#categoryCell}); an unmapped category keeps its ERP name.
     */
    public CatalogCsv(CsvLayout layout, String languageCode, Map<String, String> categoryCells) {
        this.layout = layout;
        this.languageCode = languageCode;
        this.categoryCells = Map.copyOf(categoryCells);
    }

    /** The header line: the platform's field names. */
    public String header() {
        return line(layout.header(), layout.separator());
    }

    /** One article's line. */
    public String line(CatalogArticle article) {
        return appendLine(new StringBuilder(256), article).toString();
    }

    /** Appends one article's line to {@code out} (a chunk's lines go into one buffer). */
    public StringBuilder appendLine(StringBuilder out, CatalogArticle article) {
        var mapped = categoryCells.isEmpty() ? article : article.withCategories(
                article.categories().stream().map(c -> categoryCells.getOrDefault(c, c)).distinct().toList());
        return append(out, layout.values(mapped, languageCode), layout.separator());
    }

    static String line(List<?> values, char separator) {
        return append(new StringBuilder(), values, separator).toString();
    }

    private static StringBuilder append(StringBuilder out, List<?> values, char separator) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(values.get(i), separator));
        }
        return out.append("\r\n");
    }

    static String cell(Object value, char separator) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return needsQuotes(text, separator) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Whether the cell holds the separator, a quote, CR or LF: one pass, as this runs for every cell. */
    private static boolean needsQuotes(String text, char separator) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A text as lower-case ASCII words joined by hyphens, for URL keys and file names: "Caffè Oro" → "caffe-oro". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * The records of an RFC 4180 text, each a list of cells as written (a neutralised cell keeps its
     * {@code '}). For reading a file back: tests, and checking a download.
     */
    public static List<List<String>> parse(String text, char separator) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(List.copyOf(record));
                record.clear();
            } else {
                cell.append(c);
            }
        }
        if (!record.isEmpty() || !cell.isEmpty()) {
            record.add(cell.toString());
            records.add(List.copyOf(record));
        }
        return records;
    }
}
