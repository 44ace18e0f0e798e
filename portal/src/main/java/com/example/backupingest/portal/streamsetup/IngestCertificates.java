package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.IngestCertificate;
import com.example.backupingest.monitor.app.IngestPipeline;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The RTMPS certificate's fingerprint customers can compare: the embedded pipeline's self-signed one
 * as it is installed, or {@code portal.ingest.rtmps-fingerprint} for remote ingest hosts. None for a
 * certificate from a public CA (encoders check those themselves).
 */
@Component
class IngestCertificates {

    private final ObjectProvider<IngestPipeline> pipeline;
    private final IngestProperties ingest;

    IngestCertificates(ObjectProvider<IngestPipeline> pipeline, IngestProperties ingest) {
        this.pipeline = pipeline;
        this.ingest = ingest;
    }

    @Nullable String fingerprint() {
        IngestPipeline local = pipeline.getIfAvailable();
        IngestCertificate current = local == null ? null : local.ingestCertificate().orElse(null);
        if (current != null) {
            return current.selfSigned() ? current.sha256Fingerprint() : null;
        }
        return ingest.rtmpsFingerprint().isBlank() ? null : ingest.rtmpsFingerprint().trim();
    }
}
