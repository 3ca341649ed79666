package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks the files that options name for output ({@code bench --json FILE}, {@code validate --save-baseline FILE})
 * before the command does its long work, so that a typo in a directory fails at once and not after an hour of
 * benchmark.
 */
public final class OutputFiles {

    private OutputFiles() {}

    /**
     * Checks that a file can be written: it is not a directory, its directory exists, and the file can be opened
     * for writing (an existing file is opened without changing it; a missing one is created and removed again).
     *
     * @param file the file, resolved against the working directory
     * @param option the option that named it, for the message, for example {@code --json}
     * @throws CliException when the file cannot be written, saying why and what to do
     */
    public static void checkWritable(Path file, String option) {
        requireNonNull(file, "file");
        requireNonNull(option, "option");
        if (Files.isDirectory(file)) {
            throw refused(file, option, "it is a directory; name a file in it");
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw refused(file, option, "the directory " + directory + " does not exist; create it first or name"
                    + " a file in an existing directory");
        }
        if (Files.exists(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                return;
            } catch (IOException | SecurityException e) {
                throw refused(file, option, "it cannot be opened for writing (" + e.getClass().getSimpleName()
                        + "); check its permissions or name another file");
            }
        }
        try {
            Files.createFile(file);
            Files.delete(file);
        } catch (FileAlreadyExistsException e) {
            // Created by someone else in the meantime; it will be overwritten like an existing file.
        } catch (IOException | SecurityException e) {
            throw refused(file, option, "a file cannot be created in " + directory + " ("
                    + e.getClass().getSimpleName() + "); check the directory's permissions or name another file");
        }
    }

    private static CliException refused(Path file, String option, String reason) {
        return new CliException("cannot write " + option + " " + file + ": " + reason
                + ". Nothing was done");
    }
}
