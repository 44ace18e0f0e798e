package com.example.backupingest.monitor.tls;

import com.example.backupingest.monitor.api.IngestCertificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTlsTest {

    @TempDir
    Path dir;

    private TlsSettings selfSigned() {
        return new TlsSettings(null, null, dir.resolve("data/tls"), List.of("localhost", "127.0.0.1"),
                dir.resolve("work/ingest.pem"), Duration.ofSeconds(10));
    }

    private TlsSettings configured(Path certificate, Path key) {
        return new TlsSettings(certificate, key, dir.resolve("data/tls"), List.of(), dir.resolve("work/ingest.pem"),
                Duration.ofSeconds(10));
    }

    @Test
    void the_self_signed_certificate_is_made_once_kept_in_the_data_folder_and_readable_by_its_owner_only()
            throws IOException {
        IngestCertificate first = new IngestTls(selfSigned(), Clock.systemUTC()).install();
        IngestCertificate again = new IngestTls(selfSigned(), Clock.systemUTC()).install();

        assertThat(first.selfSigned()).isTrue();
        assertThat(again.sha256Fingerprint()).isEqualTo(first.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(first.notAfter()).isAfter(Instant.now().plus(Duration.ofDays(4 * 365)));
        Path installed = dir.resolve("work/ingest.pem");
        assertThat(Files.readString(installed)).contains("BEGIN CERTIFICATE", "BEGIN PRIVATE KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(installed))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("data/tls").resolve(IngestTls.SELF_SIGNED_FILE)))).isEqualTo("rw-------");
        // what openssl (and so nginx) reads
        assertThat(openssl("x509", "-in", installed.toString(), "-noout", "-fingerprint", "-sha256"))
                .contains(first.sha256Fingerprint());
        assertThat(openssl("pkey", "-in", installed.toString(), "-noout", "-text")).contains("Private-Key");
    }

    @Test
    void a_renewed_certificate_replaces_the_installed_one_and_a_broken_renewal_keeps_the_old_one() throws IOException {
        Path certificate = dir.resolve("fullchain.pem");
        Path key = dir.resolve("privkey.pem");
        write(SelfSignedCertificate.create(List.of("ingest.example.com"), Instant.now()), certificate, key);
        IngestTls tls = new IngestTls(configured(certificate, key), Clock.systemUTC());
        IngestCertificate before = tls.install();
        assertThat(before.selfSigned()).isFalse();
        assertThat(tls.recheck()).as("unchanged files install nothing").isFalse();

        write(SelfSignedCertificate.create(List.of("ingest.example.com"), Instant.now()), certificate, key);
        assertThat(tls.recheck()).isTrue();
        assertThat(tls.current().sha256Fingerprint()).isNotEqualTo(before.sha256Fingerprint());
        String renewed = Files.readString(dir.resolve("work/ingest.pem"));

        // an ACME client mid-way: the new certificate is there, its key not yet
        PemMaterial other = SelfSignedCertificate.create(List.of("ingest.example.com"), Instant.now());
        Files.writeString(certificate, other.combined().substring(0, other.combined().indexOf("-----BEGIN PRIVATE KEY")));
        assertThat(tls.recheck()).isFalse();
        assertThat(tls.problem()).contains("does not belong to the certificate");
        assertThat(Files.readString(dir.resolve("work/ingest.pem"))).isEqualTo(renewed);

        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n");
        assertThat(tls.recheck()).isFalse();
        assertThat(tls.problem()).isNotNull();
        assertThat(Files.readString(dir.resolve("work/ingest.pem"))).isEqualTo(renewed);
    }

    @Test
    void keys_as_openssl_and_acme_clients_write_them_are_read_and_a_wrong_pair_is_refused_at_start() throws Exception {
        Path rsaKey = dir.resolve("rsa.key");
        Path rsaCert = dir.resolve("rsa.crt");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=ingest.example.com",
                "-keyout", rsaKey.toString(), "-out", rsaCert.toString());
        Path pkcs1 = dir.resolve("rsa-traditional.key");
        openssl("rsa", "-in", rsaKey.toString(), "-traditional", "-out", pkcs1.toString());
        assertThat(Files.readString(pkcs1)).contains("BEGIN RSA PRIVATE KEY");
        assertThat(new IngestTls(configured(rsaCert, pkcs1), Clock.systemUTC()).install().subject())
                .contains("ingest.example.com");

        Path ecKey = dir.resolve("ec.key");
        Path ecCert = dir.resolve("ec.crt");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30",
                "-subj", "/CN=ingest.example.com", "-keyout", ecKey.toString(), "-out", ecCert.toString());
        Path sec1 = dir.resolve("ec-traditional.key");
        openssl("ec", "-in", ecKey.toString(), "-out", sec1.toString());
        assertThat(Files.readString(sec1)).contains("BEGIN EC PRIVATE KEY");
        assertThat(new IngestTls(configured(ecCert, sec1), Clock.systemUTC()).install()).isNotNull();

        assertThatThrownBy(() -> new IngestTls(configured(ecCert, rsaKey), Clock.systemUTC()).install())
                .hasMessageContaining("does not belong to the certificate");
        assertThatThrownBy(() -> configured(ecCert, null)).hasMessageContaining("monitor.rtmps.certificate-key");
    }

    private static void write(PemMaterial material, Path certificate, Path key) throws IOException {
        String all = material.combined();
        int split = all.indexOf("-----BEGIN PRIVATE KEY");
        Files.writeString(certificate, all.substring(0, split));
        Files.writeString(key, all.substring(split));
    }

    private static String openssl(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as("openssl %s: %s", List.of(args), out).isZero();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
