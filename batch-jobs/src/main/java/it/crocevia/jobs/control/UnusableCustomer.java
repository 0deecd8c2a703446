package it.crocevia.jobs.control;

/** A customer the platform no longer has, or returns malformed: listed with its reason and skipped. */
public class UnusableCustomer extends Exception {

    private static final long serialVersionUID = 1L;

    private final String remoteId;

    public UnusableCustomer(String remoteId, String reason) {
        super(reason);
        this.remoteId = remoteId;
    }

    public String remoteId() {
        return remoteId;
    }
}
