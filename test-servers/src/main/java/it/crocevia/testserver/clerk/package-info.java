/**
 * A test server of Clerk.io's data API v2 (products, categories, orders, customers) with its key
 * parameters, upsert by id and error bodies. See {@link it.crocevia.testserver.clerk.ClerkTestServer}.
 */
package it.crocevia.testserver.clerk;
