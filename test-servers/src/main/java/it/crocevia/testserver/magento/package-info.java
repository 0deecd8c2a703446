/**
 * A test server of Magento 2.4's REST API (Magento Open Source / Adobe Commerce), faithful where a
 * client's behaviour depends on it: integration-token authorization and its 401, store codes in the
 * URL, search criteria parsed and matched as Magento and MySQL do, paging and input limits, the
 * data interfaces' JSON shapes, types and null handling, and Magento's error bodies.
 *
 * <p>Supported requests under {@code <shop>/rest/V1/...},
 * {@code <shop>/rest/<store_code>/V1/...} ({@code default}, {@code en}) or
 * {@code <shop>/rest/all/V1/...} (an optional {@code /index.php} before {@code /rest} works too):
 * <ul>
 *   <li>{@code /V1/orders?searchCriteria...} and {@code /V1/orders/{id}};</li>
 *   <li>{@code /V1/customers/search?searchCriteria...} and {@code /V1/customers/{id}};</li>
 *   <li>{@code /V1/store/storeViews}, {@code /V1/store/storeGroups}, {@code /V1/store/websites},
 *       {@code /V1/store/storeConfigs[?storeCodes[]=...]};</li>
 *   <li>{@code /V1/directory/currency}, {@code /V1/directory/countries[/{id}]} (anonymous);</li>
 *   <li>{@code /V1/taxRules/search}, {@code /V1/taxRules/{id}}, {@code /V1/taxRates/search},
 *       {@code /V1/taxRates/{id}};</li>
 *   <li>{@code GET /V1/products?searchCriteria...} and {@code GET /V1/products/{sku}} (read in the
 *       URL's store view), {@code POST /V1/products} and {@code PUT /V1/products/{sku}}
 *       ({@code {"product":{...}}}, create-or-update by SKU, store-scoped values written as the
 *       store view of the URL asks), {@code DELETE /V1/products/{sku}};</li>
 *   <li>{@code GET /V1/categories[?rootCategoryId=&depth=]} (the tree, {@code children_data}),
 *       {@code GET /V1/categories/list?searchCriteria...} and
 *       {@code GET /V1/products/attributes/{attributeCode}/options};</li>
 *   <li>product images as {@code media_gallery_entries} with a base64 {@code content}, checked and
 *       stored as Magento does, and {@code category_links} to categories that exist;</li>
 *   <li>{@code GET /V1/stockItems/{sku}} and
 *       {@code PUT /V1/products/{sku}/stockItems/{itemId}} ({@code {"stockItem":{...}}}, answering
 *       the item id);</li>
 *   <li>on any of them, {@code fields=items[entity_id,increment_id],total_count} for a partial
 *       answer.</li>
 * </ul>
 * Search criteria: {@code searchCriteria[filter_groups|filterGroups][i][filters][j][field|value|condition_type|conditionType]},
 * {@code searchCriteria[sort_orders|sortOrders][k][field|direction]},
 * {@code searchCriteria[page_size|pageSize]}, {@code searchCriteria[current_page|currentPage]};
 * filters in a group are ORed, groups ANDed; conditions {@code eq neq gt gteq lt lteq from to like
 * nlike in nin null notnull finset nfinset regexp nregexp seq sneq ntoa fulltext}.
 *
 * <p>Quirks reproduced (sources in the classes' documentation): {@link
 * it.crocevia.testserver.magento.InputLimits input limits} (400 "Maximum SearchCriteria pageSize
 * is %max", only for the camelCase {@code pageSize}; a default page size of 20 when on); the
 * {@link it.crocevia.testserver.magento.PastLastPage page past the end} (empty in 2.4, the last
 * page again before); null fields left out unless non-nullable; float amounts without trailing
 * zeros; configurable items as parent and child; a customer filter on {@code id} failing with
 * "Invalid attribute name"; an order filter or sort on an unknown field failing with the masked
 * 500; an unknown condition type acting as {@code eq}; a sort without direction sorting DESC;
 * NULL never matching {@code neq}/{@code nin}; products: a {@code PUT} that creates a missing SKU
 * and ignores the body's SKU, SKUs compared without case, store-view values written only when they
 * change what the store view shows, search items without {@code stock_item}, and the stock item
 * forced out of stock at zero quantity.
 */
package it.crocevia.testserver.magento;
