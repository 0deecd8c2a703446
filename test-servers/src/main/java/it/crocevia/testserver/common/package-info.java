/**
 * What every platform test server shares: the JDK HTTP server on the loopback interface, fault
 * injection ({@link it.crocevia.testserver.common.Faults}), a request log for assertions on how a
 * client used the API, PHP-style query parsing and a response body that is buffered when small
 * (so a server can send Content-Length and checksums) and streamed when large; for the marketing
 * platforms, documented rate limits enforced over a sliding window
 * ({@link it.crocevia.testserver.common.SlidingWindowLimiter}), the busiest window a client caused
 * ({@link it.crocevia.testserver.common.PeakRate}) and small JSON bodies
 * ({@link it.crocevia.testserver.common.JsonIo}).
 */
package it.crocevia.testserver.common;
