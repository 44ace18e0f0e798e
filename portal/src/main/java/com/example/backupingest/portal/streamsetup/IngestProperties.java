package com.example.backupingest.portal.streamsetup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code portal.ingest.*}: the RTMP server URLs customers send to. Defaults: the local pipeline. */
@ConfigurationProperties("portal.ingest")
public record IngestProperties(@DefaultValue("rtmp://localhost:1935/live") String primaryUrl,
        @DefaultValue("rtmp://localhost:1936/live") String backupUrl) {
}
