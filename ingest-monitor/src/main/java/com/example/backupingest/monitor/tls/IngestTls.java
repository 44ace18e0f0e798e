package com.example.backupingest.monitor.tls;

import com.example.backupingest.monitor.api.IngestCertificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate nginx presents for RTMPS. {@link #install()} puts the configured certificate (or the
 * self-signed one, made on first use) into the one file nginx reads at every TLS handshake;
 * {@link #start()} follows the configured files and installs a changed pair once it checks out
 * (a broken or half-written pair keeps the old one and says why). Running streams never notice: TLS
 * sessions keep the certificate they started with, and nginx is not reloaded.
 */
public final class IngestTls implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestTls.class);
    static final String SELF_SIGNED_FILE = "ingest-self-signed.pem";

    private final TlsSettings settings;
    private final Clock clock;
    private volatile @Nullable IngestCertificate current;
    private volatile @Nullable String problem;
    private volatile @Nullable String installedText;
    private volatile boolean closed;

    public IngestTls(TlsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Installs the certificate now; fails when a configured pair does not check out (nothing to serve then). */
    public synchronized IngestCertificate install() {
        PemMaterial material = settings.configured() ? configured() : selfSigned();
        write(material);
        IngestCertificate certificate = material.describe(!settings.configured());
        current = certificate;
        problem = null;
        return certificate;
    }

    /** Follows the configured files (a self-signed certificate never changes by itself). */
    public void start() {
        if (!settings.configured()) {
            return;
        }
        Thread.ofVirtual().name("rtmps-certificate-watch").start(() -> {
            while (!closed) {
                try {
                    Thread.sleep(settings.checkInterval());
                    recheck();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("RTMPS certificate check failed", e);
                }
            }
        });
    }

    /** One look at the configured files; public so tests can drive it. True when a new pair was installed. */
    public synchronized boolean recheck() {
        if (!settings.configured()) {
            return false;
        }
        PemMaterial material;
        try {
            material = configured();
        } catch (RuntimeException e) {
            if (!Objects.equals(problem, e.getMessage())) {
                log.error("RTMPS certificate files {} / {} do not check out, still serving {}: {}",
                        settings.certificate(), settings.certificateKey(), describe(current), e.getMessage());
            }
            problem = e.getMessage();
            return false;
        }
        problem = null;
        if (material.combined().equals(installedText)) {
            return false;
        }
        write(material);
        IngestCertificate before = current;
        current = material.describe(false);
        log.info("RTMPS certificate replaced without a reload: {} (was {})", describe(current), describe(before));
        return true;
    }

    public @Nullable IngestCertificate current() {
        return current;
    }

    /** Why the configured files were not taken at the last check; null when they were. */
    public @Nullable String problem() {
        return problem;
    }

    public Path installedFile() {
        return settings.installed();
    }

    private PemMaterial configured() {
        return PemMaterial.parse(read(Objects.requireNonNull(settings.certificate())),
                read(Objects.requireNonNull(settings.certificateKey())));
    }

    /** Made once and kept: encoders that pinned its fingerprint keep working across restarts. */
    private PemMaterial selfSigned() {
        Path file = settings.selfSignedDir().resolve(SELF_SIGNED_FILE);
        if (Files.isRegularFile(file)) {
            String pem = read(file);
            return PemMaterial.parse(pem, pem);
        }
        PemMaterial made = SelfSignedCertificate.create(settings.selfSignedNames(), clock.instant());
        writeSecret(file, made.combined());
        log.info("made a self-signed RTMPS certificate in {}: {}", file, describe(made.describe(true)));
        return made;
    }

    private void write(PemMaterial material) {
        String text = material.combined();
        writeSecret(settings.installed(), text);
        installedText = text;
    }

    /** Owner-only, written beside the target and moved over it: nginx never reads half a file. */
    private static void writeSecret(Path target, String text) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".ingest-", ".pem",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the RTMPS certificate to " + target, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String describe(@Nullable IngestCertificate certificate) {
        return certificate == null ? "nothing" : certificate.subject() + ", SHA-256 " + certificate.sha256Fingerprint()
                + ", valid until " + certificate.notAfter();
    }

    @Override
    public void close() {
        closed = true;
    }
}
