package com.example.backupingest.monitor.tls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the RTMPS certificate comes from. A deployment names its {@code certificate} (chain, PEM) and
 * {@code certificateKey}; without them one self-signed certificate is made at first start and kept
 * in {@code selfSignedDir} for {@code selfSignedNames}. nginx reads {@code installed}, which is
 * replaced (atomically) whenever the configured files change, checked every {@code checkInterval}.
 */
public record TlsSettings(@Nullable Path certificate, @Nullable Path certificateKey, Path selfSignedDir,
        List<String> selfSignedNames, Path installed, Duration checkInterval) {

    public TlsSettings {
        selfSignedNames = List.copyOf(selfSignedNames);
        if ((certificate == null) != (certificateKey == null)) {
            throw new IllegalArgumentException(
                    "monitor.rtmps.certificate and monitor.rtmps.certificate-key go together: set both or neither");
        }
    }

    boolean configured() {
        return certificate != null;
    }
}
