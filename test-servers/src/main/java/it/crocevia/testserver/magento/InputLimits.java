package it.crocevia.testserver.magento;

/**
 * Magento's web API input limits ({@code webapi/validation/*}, Stores > Configuration > Services >
 * Web API Limits). Introduced in 2.4.3 (always on, max 300 items per page), switchable and off by
 * default since 2.4.4; when on, a search without {@code pageSize} gets the default page size and a
 * larger {@code pageSize} than the maximum is refused with 400.
 *
 * @param enabled {@code webapi/validation/input_limit_enabled}
 * @param maximumPageSize {@code webapi/validation/maximum_page_size} (300 unless configured)
 * @param defaultPageSize {@code webapi/validation/default_page_size} (20 unless configured)
 */
public record InputLimits(boolean enabled, int maximumPageSize, int defaultPageSize) {

    /** Limits on with Magento's default values: at most 300 per page, 20 when not asked. */
    public static final InputLimits DEFAULT_ON = new InputLimits(true, 300, 20);
    /** Limits off, as a fresh 2.4.4+ installation has them: any page size, all items when not asked. */
    public static final InputLimits OFF = new InputLimits(false, 300, 20);

    public InputLimits {
        if (maximumPageSize < 1 || defaultPageSize < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
    }
}
