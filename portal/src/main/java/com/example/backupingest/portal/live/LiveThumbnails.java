package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.security.ReadsOnly;
import java.util.Optional;

/** One content's thumbnails, per entrypoint (JPEG), for a page that already checked the content is its account's. */
@FunctionalInterface
public interface LiveThumbnails {

    @ReadsOnly
    Optional<byte[]> of(Entrypoint entrypoint);
}
