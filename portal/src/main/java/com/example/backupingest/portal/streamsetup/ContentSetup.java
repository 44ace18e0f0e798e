package com.example.backupingest.portal.streamsetup;

import java.util.List;

/** A content (stream) with its entrypoints: primary only without the add-on, primary and backup with it. */
public record ContentSetup(String contentId, String name, List<IngestEndpoint> endpoints) {
}
