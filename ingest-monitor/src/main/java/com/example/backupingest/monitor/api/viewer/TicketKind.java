package com.example.backupingest.monitor.api.viewer;

/** {@code VIEWER}: a website player, holds a seat; {@code PREVIEW}: the owner's preview in the portal, holds none. */
public enum TicketKind {
    VIEWER, PREVIEW
}
