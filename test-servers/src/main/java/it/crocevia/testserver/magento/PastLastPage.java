package it.crocevia.testserver.magento;

/**
 * What a search answers for a {@code currentPage} beyond the last page.
 *
 * <p>Magento 2.0 to 2.3 answered the last page again ({@code Data\Collection::getCurPage} clamped
 * to {@code getLastPageNumber()}; magento/magento2#3787, #8099, #26986), so a client paging "until
 * an empty page" looped forever. 2.4.0 removed the clamp from the framework (PR #26988) and moved
 * it into the storefront plugin {@code Magento\Theme\Plugin\Data\Collection}, which
 * {@code Magento/Theme/etc/webapi_rest/di.xml} disables for REST: since 2.4 a page past the end is
 * empty while {@code total_count} still counts every match.
 */
public enum PastLastPage {
    /** Magento 2.4: no items, the real total_count. */
    EMPTY,
    /** Magento 2.0-2.3: the items of the last page again. */
    LAST_PAGE
}
