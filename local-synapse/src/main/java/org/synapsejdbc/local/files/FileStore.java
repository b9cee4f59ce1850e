package org.synapsejdbc.local.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.synapsejdbc.client.files.Md5;

/**
 * The bytes behind file handles (the "S3 bucket" of local-synapse): staged multipart parts under
 * {@code parts/<uploadId>/<partNumber>} and completed objects under {@code objects/<objectId>}. Every write is
 * streamed through a fixed buffer, forced to disk and atomically renamed before it is acknowledged, so memory stays
 * bounded and a crash never exposes a half-written part or object.
 */
public final class FileStore {

    private static final int BUFFER = 64 * 1024;

    /** What was written: byte count and MD5 hex. */
    public record Written(long size, String md5Hex) {
    }

    private final Path root;
    private final Path parts;
    private final Path objects;

    public FileStore(Path root) {
        this.root = root;
        this.parts = root.resolve("parts");
        this.objects = root.resolve("objects");
        try {
            Files.createDirectories(parts);
            Files.createDirectories(objects);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the file store under " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Streams a part's bytes to disk (durably) and returns its size and MD5. */
    public Written writePart(long uploadId, long partNumber, InputStream in) throws IOException {
        Path dir = parts.resolve(Long.toString(uploadId));
        Files.createDirectories(dir);
        return writeAtomically(dir.resolve(Long.toString(partNumber)), in);
    }

    public boolean hasPart(long uploadId, long partNumber) {
        return Files.isRegularFile(partPath(uploadId, partNumber));
    }

    private Path partPath(long uploadId, long partNumber) {
        return parts.resolve(Long.toString(uploadId)).resolve(Long.toString(partNumber));
    }

    /** Concatenates parts 1..n of an upload into the object {@code objectId} (durably) and returns that id. */
    public String assemble(long uploadId, int numberOfParts, String objectId) throws IOException {
        Path target = objects.resolve(objectId);
        Path tmp = objects.resolve(objectId + ".tmp-" + UUID.randomUUID());
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int p = 1; p <= numberOfParts; p++) {
                try (FileChannel in = FileChannel.open(partPath(uploadId, p), StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long pos = 0; pos < size; ) {
                        pos += in.transferTo(pos, size - pos, out);
                    }
                }
            }
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(objects);
        return objectId;
    }

    /** Stores a whole object from a stream (server-made files: demo data, query results). */
    public Written writeObject(String objectId, InputStream in) throws IOException {
        return writeAtomically(objects.resolve(objectId), in);
    }

    /** Removes the staged parts of an upload (after completion or a forced restart). */
    public void deleteParts(long uploadId) throws IOException {
        Path dir = parts.resolve(Long.toString(uploadId));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public long objectSize(String objectId) throws IOException {
        return Files.size(objects.resolve(objectId));
    }

    public boolean hasObject(String objectId) {
        return Files.isRegularFile(objects.resolve(objectId));
    }

    /** A channel positioned for reading an object (callers stream ranges from it). */
    public FileChannel openObject(String objectId) throws IOException {
        try {
            return FileChannel.open(objects.resolve(objectId), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new IOException("object " + objectId + " is missing from the file store", e);
        }
    }

    /** Copies {@code length} bytes from {@code offset} of an object to {@code out}. */
    public void copyRange(String objectId, long offset, long length, OutputStream out) throws IOException {
        try (FileChannel ch = openObject(objectId)) {
            ch.position(offset);
            InputStream in = Channels.newInputStream(ch);
            byte[] buf = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new IOException("object " + objectId + " is shorter than expected");
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    private Written writeAtomically(Path target, InputStream in) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
        MessageDigest md5 = Md5.newDigest();
        long size = 0;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(ch)) {
            byte[] buf = new byte[BUFFER];
            for (int n; (n = in.read(buf)) > 0; ) {
                md5.update(buf, 0, n);
                out.write(buf, 0, n);
                size += n;
            }
            out.flush();
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
        return new Written(size, Md5.hex(md5));
    }

    /* Makes the rename itself durable; not every platform lets a directory be opened, which is then harmless. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort (e.g. Windows)
        }
    }
}
