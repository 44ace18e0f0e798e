package com.example.backupingest.portal.slots;

import com.example.backupingest.monitor.api.Entrypoint;
import org.jspecify.annotations.Nullable;

/** Slot {@code number} (1-based) is used by a content on an entrypoint, or free (both null). */
public record SlotAssignment(int number, @Nullable String contentName, @Nullable Entrypoint entrypoint,
        boolean extra) {

    public boolean free() {
        return contentName == null;
    }
}
