package it.crocevia.jobrun.boundary;

import jakarta.ejb.ApplicationException;

/** The job already runs for this account: the second start is refused, not queued. */
@ApplicationException(rollback = true)
public class JobAlreadyRunningException extends RuntimeException {

    private final String jobName;

    public JobAlreadyRunningException(String jobName, long accountId) {
        super(jobName + " already running for account " + accountId);
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }
}
