package it.crocevia.jobs.control;

import it.crocevia.customer.boundary.CustomerRefresh;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Records a customer-resync execution for the console. The boundary that started it calls this
 * at once (so the console shows the execution before its first step) and so does the job when it
 * begins (in case it got there first); the second call changes nothing.
 */
@Dependent
public class ResyncRuns {

    @Inject
    JobRuns runs;

    @Inject
    CustomerRefresh customers;

    public void begin(long execution, ResyncParameters p) {
        runs.begin(execution, ResyncParameters.JOB, p.accountId(), p.dryRun(), p.startedBy(), p.trigger(),
                p.restartOf(), customers.countBound(p.accountId()));
    }
}
