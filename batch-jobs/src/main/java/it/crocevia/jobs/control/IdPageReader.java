package it.crocevia.jobs.control;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads items in id order, a page at a time (keyset paging on the id); the checkpoint is the id of
 * the last item handed out, so a restart goes on right after it.
 *
 * @param <T> the item
 */
abstract class IdPageReader<T> extends AbstractItemReader {

    private final Deque<T> buffer = new ArrayDeque<>();
    private final int pageSize;
    private long position;
    private boolean exhausted;

    IdPageReader(int pageSize) {
        this.pageSize = pageSize;
    }

    /** The next {@code max} items after the one of id {@code afterId}, in id order. */
    protected abstract List<T> page(long afterId, int max);

    protected abstract long idOf(T item);

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = page(position, pageSize);
            exhausted = page.size() < pageSize;
            buffer.addAll(page);
        }
        T item = buffer.poll();
        if (item != null) {
            position = idOf(item);
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
