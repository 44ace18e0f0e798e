package com.example.backupingest.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded server's received mails as {@code .eml} files in one folder (by default
 * {@code ./data/mail}); any mail client opens them. Names start with the receive time in
 * milliseconds, so name order is arrival order.
 */
final class EmlArchive {

    private final Path folder;
    private final Clock clock;

    EmlArchive(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    /** Writes to a temporary name first so a reader never sees half a mail. */
    Path save(MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(folder);
        String name = "%013d-%s.eml".formatted(clock.millis(), UUID.randomUUID());
        Path temp = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            message.writeTo(out);
        }
        return Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Newest first. */
    List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
