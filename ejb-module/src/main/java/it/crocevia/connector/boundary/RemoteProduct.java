package it.crocevia.connector.boundary;

import java.io.Serializable;

/**
 * A product as the platform keeps it: its SKU, the platform's id, and its whole record in the
 * platform's own format ({@code xml} for PrestaShop's webservice, {@code json} for Magento's REST),
 * untouched, so a backup can put it back.
 */
public record RemoteProduct(String sku, String remoteId, String format, String record) implements Serializable {
}
