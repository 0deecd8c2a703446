package it.crocevia.jobs.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file an export appends to, a chunk at a time, each chunk on disk before its checkpoint is
 * taken. Its length is the writer's checkpoint: a restarted export reopens the file there, cutting
 * off what a chunk wrote after the last checkpoint (the chunk that failed, or was being written when
 * the server stopped), so what the restart writes follows on as an uninterrupted run's would.
 */
final class ExportFile implements Closeable {

    private final FileChannel channel;
    private long length;

    private ExportFile(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
    }

    /** A new, empty file (an old one of that name is emptied). */
    static ExportFile create(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return new ExportFile(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), 0);
    }

    /** The file of an export that stopped, cut back to the length of its last checkpoint. */
    static ExportFile resume(Path path, long checkpoint) throws IOException {
        var channel = FileChannel.open(path, StandardOpenOption.WRITE);
        if (channel.size() < checkpoint) {
            channel.close();
            throw new IOException(path + " is shorter than its checkpoint (" + checkpoint + " bytes): export again");
        }
        channel.truncate(checkpoint);
        channel.position(checkpoint);
        return new ExportFile(channel, checkpoint);
    }

    /** Appends the text in UTF-8 and waits until it is on disk. */
    void append(String text) throws IOException {
        var bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            length += channel.write(bytes);
        }
        channel.force(false);
    }

    /** How many bytes the file holds: where a restart goes on. */
    long length() {
        return length;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
