package it.crocevia.erp.boundary;

/** What the ERP pushes in a sync. */
public enum PushKind { ARTICLES, STOCK, CUSTOMERS }
