package it.crocevia.testserver.prestashop;

/**
 * One entry of PrestaShop's error body.
 *
 * @param code PrestaShop's error code (e.g. 32 for an unknown filter)
 * @param message the message, worded as PrestaShop words it
 */
record WsError(int code, String message) {}
