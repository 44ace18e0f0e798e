package com.example.backupingest.monitor.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The certificate nginx presents for RTMPS, as people check it: its SHA-256 fingerprint (what an
 * encoder pins a self-signed certificate by), subject, validity, and whether we made it ourselves.
 */
public record IngestCertificate(String sha256Fingerprint, String subject, Instant notAfter, boolean selfSigned) {

    static IngestCertificate of(List<X509Certificate> chain, boolean selfSigned) {
        X509Certificate leaf = chain.getFirst();
        return new IngestCertificate(fingerprint(leaf), leaf.getSubjectX500Principal().getName(),
                leaf.getNotAfter().toInstant(), selfSigned);
    }

    /** Colon-separated upper-case hex, as browsers, openssl and OBS's logs print it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }
}
