package it.crocevia.customer.boundary;

/** Which customer record an imported order belongs to, and what happened to it. */
public record CustomerMatch(long customerId, boolean created, boolean updated) {
}
