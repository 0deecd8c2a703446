package it.crocevia.jobrun.control;

import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, releases the job locks a stopped server left behind and marks its running jobs
 * failed; JBeret restarts such an execution from its last checkpoint ("detect" restart mode).
 * (One server per database: in a cluster this would need a heartbeat instead.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class InterruptedJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

    @Inject
    JobRuns runs;

    @PostConstruct
    void release() {
        int failed = runs.releaseAfterRestart();
        if (failed > 0) {
            LOG.log(Level.WARNING, "{0} job executions were interrupted by the last server stop", failed);
        }
    }
}
