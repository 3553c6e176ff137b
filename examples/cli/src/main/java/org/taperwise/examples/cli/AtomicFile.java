package org.taperwise.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written whole or not at all: the command writes a temporary file beside the target and renames it
 * over the target only when everything was written ({@link #commit()}); on failure ({@link #abandon()}) the
 * temporary file is deleted and an existing target is left as it was. A full disk therefore never leaves a
 * truncated assessment file or catalogue.
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/full} or {@code /dev/stdout}, a
 * named pipe) is written directly: it cannot be left truncated, and renaming over it would replace the device (as
 * root, {@code --out /dev/full} once did). A symbolic link to a file is followed: the file it names is replaced, the
 * link is kept.
 */
final class AtomicFile {
    private final Path target;
    /** The temporary file; null when the target is written directly (not a regular file). */
    private final Path temp;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Creates the temporary file in the target's folder (so the rename stays on one file system). */
    static AtomicFile create(Path target) throws IOException {
        Path real = target;
        if (Files.exists(target)) {
            real = target.toRealPath();
            if (!Files.isRegularFile(real)) {
                return new AtomicFile(real, null);
            }
        }
        Path dir = real.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + real.getFileName(), ".part");
        return new AtomicFile(real, temp);
    }

    OutputStream open() throws IOException {
        return Files.newOutputStream(temp == null ? target : temp);
    }

    /** Writes all of {@code bytes} and commits, or abandons and rethrows. */
    static void write(Path target, byte[] bytes) throws IOException {
        AtomicFile f = create(target);
        try (OutputStream out = f.open()) {
            out.write(bytes);
        } catch (IOException e) {
            f.abandon();
            throw e;
        }
        f.commit();
    }

    /** Replaces the target with the temporary file. */
    void commit() throws IOException {
        if (temp == null) {
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            abandon();
            throw e;
        }
    }

    /** Deletes the temporary file; the target is untouched. */
    void abandon() {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the temporary file's name starts with a dot and ends in .part
        }
    }
}
