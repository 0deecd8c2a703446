package it.crocevia.jobs.control;

import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A writer that sends a chunk's items to a platform one at a time: an item the platform refuses
 * (or would refuse) is listed in the job console with the reason and the others go on; the job's
 * progress moves by the chunk, in the chunk's transaction. A platform that cannot be reached
 * throws, failing the chunk: the job restarts from its last checkpoint.
 *
 * @param <T> the item the reader hands out
 */
abstract class ItemByItemWriter<T> extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    /** What the console names the item by (an article code, a SKU). */
    protected abstract String key(T item);

    /**
     * Writes one item.
     *
     * @return why it was not written, if it was not; a {@link ProductRejectedException} says the same
     */
    protected abstract Optional<String> write(T item);

    protected long accountId() {
        return RunParameters.of(job).accountId();
    }

    @Override
    public void writeItems(List<Object> items) {
        int written = 0;
        String last = null;
        for (Object item : items) {
            @SuppressWarnings("unchecked")
            T typed = (T) item;
            last = key(typed);
            Optional<String> problem;
            try {
                problem = write(typed);
            } catch (ProductRejectedException e) {
                problem = Optional.of(e.getMessage());
            }
            if (problem.isEmpty()) {
                written++;
            } else {
                runs.problem(job.getExecutionId(), last, problem.get());
            }
        }
        runs.advance(job.getExecutionId(), last, items.size(), written);
    }
}
