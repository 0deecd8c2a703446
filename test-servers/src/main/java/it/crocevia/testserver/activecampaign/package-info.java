/**
 * A test server of ActiveCampaign's API v3 for ecommerce integrations (contacts, connections,
 * ecommerce customers and orders), with its per-account rate limit of 5 requests per second
 * enforced and measured. See {@link it.crocevia.testserver.activecampaign.ActiveCampaignTestServer}.
 */
package it.crocevia.testserver.activecampaign;
