package it.crocevia.connector.boundary;

import java.util.Optional;

/**
 * Writes a shop's products: what publishing by API (SPEC §1, Metodi di pubblicazione) and the
 * product backups need. One instance serves one account; it is not shared between threads.
 *
 * <p>Failures: {@link RemoteException} when the platform cannot be reached or keeps answering
 * errors after the retries (the run stops or retries later); {@link ProductRejectedException} when
 * the platform refuses this one product (the run reports it and goes on).
 */
public interface ProductPublisher {

    /**
     * The product with this SKU (PrestaShop's {@code reference}, Magento's {@code sku}) on the
     * platform, with its whole record exactly as the platform gives it, if it has one.
     */
    Optional<RemoteProduct> find(String sku);

    /**
     * Creates the product, or updates the one found (whose other fields stay as they are), sets
     * its stock and, when it has no image on the platform yet, uploads its images. An image that
     * cannot be downloaded or that the platform refuses is skipped (and logged), never the product.
     *
     * @param existing what {@link #find(String)} returned for the product's SKU
     * @return the platform's id of the product and how many of its images were skipped
     */
    PublishResult publish(ProductData product, Optional<RemoteProduct> existing);

    /** Puts a backed-up record back on the platform as it was (recreating it if it was deleted). */
    void restore(RemoteProduct backup);
}
