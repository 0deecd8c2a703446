package it.crocevia.jobs.boundary;

import it.crocevia.jobrun.boundary.JobRunView;
import java.io.Serializable;

/**
 * A job execution in the console: the run with its progress, JBeret's batch status and item
 * counts, and what may be done with it now.
 */
public record JobExecutionView(JobRunView run, String batchStatus, long read, long written, long skipped,
        boolean stoppable, boolean restartable) implements Serializable {
}
