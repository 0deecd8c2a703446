package it.crocevia.jobs.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Lets through the customers the platform gave back usable; the others are skipped with their reason. */
@Dependent
@Named("customerResyncProcessor")
public class CustomerResyncProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws UnusableCustomer {
        var resync = (ResyncItem) item;
        if (resync.problem() != null) {
            throw new UnusableCustomer(resync.remoteId(), resync.problem());
        }
        return resync;
    }
}
