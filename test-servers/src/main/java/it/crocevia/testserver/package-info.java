/**
 * Test servers that speak the external platforms' APIs over real HTTP, from their public
 * documentation (URLs, authentication, paging limits, filters, JSON shapes, error bodies), with
 * injectable faults (error rates, delays, 429 with Retry-After). One sub-package per platform.
 */
package it.crocevia.testserver;
