package io.github.vecnet.nn.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's contents all at once: the bytes go to a temporary file in the same directory, are forced to
 * the disk, and the temporary file is renamed over the target atomically. A process killed at any moment leaves
 * the target with either its old or its new contents, never a torn mix (at worst an orphaned
 * {@code .<name>.<random>.tmp} file beside it).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code file}, replacing it atomically.
     *
     * @param file the file to create or replace; its directory must exist
     * @param content the complete new contents
     * @throws IOException if the file cannot be written, or if the file system cannot rename atomically (then the
     *     target is left as it was and the message says so)
     */
    public static void write(Path file, byte[] content) throws IOException {
        if (file == null || content == null) {
            throw new IllegalArgumentException("file and content must not be null");
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": its directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path temp = dir.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "cannot replace " + target + " atomically: the file system of " + dir
                                + " does not support atomic renames; write to a local disk instead",
                        e);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, and then the rename is enough. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort only: the data itself was forced before the rename.
        }
    }
}
