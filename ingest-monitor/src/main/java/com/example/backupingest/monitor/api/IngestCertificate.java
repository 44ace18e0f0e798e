package com.example.backupingest.monitor.api;

import java.time.Instant;

/**
 * The certificate nginx presents for RTMPS, as people check it: its SHA-256 fingerprint (what an
 * encoder pins a self-signed certificate by; colon-separated upper-case hex, as browsers, openssl and
 * OBS's logs print it), subject, validity, and whether we made it ourselves.
 */
public record IngestCertificate(String sha256Fingerprint, String subject, Instant notAfter, boolean selfSigned) {
}
