/**
 * A test server of Google's Merchant API (v1) for a merchant that pushes products through an API
 * data source: the service-account OAuth token endpoint, product inputs (insert as upsert, delete),
 * data sources, Google's error bodies, quotas. See
 * {@link it.crocevia.testserver.google.MerchantApiTestServer}.
 */
package it.crocevia.testserver.google;
