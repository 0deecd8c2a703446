package it.crocevia.jobs.control;

import it.crocevia.connector.boundary.RemoteCustomer;

/** A bound customer and what the platform says of it now: the record, or why there is none. */
record ResyncItem(String remoteId, long customerId, RemoteCustomer remote, String problem) {
}
