package it.crocevia.order.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, marks as failed the runs a stopped server left RUNNING, so that their accounts can
 * sync again. (One server per database: in a cluster this would need a heartbeat instead.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @Inject
    SyncRuns runs;

    @PostConstruct
    void release() {
        int failed = runs.failInterrupted();
        if (failed > 0) {
            LOG.log(Level.WARNING, "{0} sync runs were interrupted by the last server stop", failed);
        }
    }
}
