package it.crocevia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JBeret keeps job history in its own MariaDB schema ({@code crocevia_batch}, the non-JTA
 * CroceviaBatchDS), not in memory: what a run leaves there survives a restart.
 */
@ExtendWith(ArquillianExtension.class)
class BatchRepositoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        var ear = Deployments.earWith(BatchRepositoryIT.class, ProbeBatchlet.class);
        ear.getAsType(WebArchive.class, Deployments.WAR)
                .addAsResource("batch/it-probe.xml", "META-INF/batch-jobs/it-probe.xml");
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/CroceviaBatchDS")
    DataSource batchDataSource;

    @Test
    void aJobRunIsRecordedInTheBatchSchema() throws Exception {
        var operator = BatchRuntime.getJobOperator();
        long executionId = operator.start("it-probe", new Properties());

        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = operator.getJobExecution(executionId).getBatchStatus();
        }
        assertEquals(BatchStatus.COMPLETED, status);

        try (var c = batchDataSource.getConnection();
                var s = c.prepareStatement("SELECT e.BATCHSTATUS, i.JOBNAME FROM JOB_EXECUTION e "
                        + "JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE e.JOBEXECUTIONID = ?")) {
            assertEquals("crocevia_batch", c.getCatalog());
            s.setLong(1, executionId);
            var rs = s.executeQuery();
            assertTrue(rs.next(), "the execution is in crocevia_batch.JOB_EXECUTION");
            assertEquals("COMPLETED", rs.getString(1));
            assertEquals("it-probe", rs.getString(2));
        }
    }
}
