/**
 * A test server of the WhatsApp Business Cloud API for template notifications, with Graph's error
 * bodies and WhatsApp's template, service-window and rate-limit errors. See
 * {@link it.crocevia.testserver.whatsapp.WhatsAppTestServer}.
 */
package it.crocevia.testserver.whatsapp;
