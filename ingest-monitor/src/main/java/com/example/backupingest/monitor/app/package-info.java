/**
 * Wiring: the auto-configuration a portal gets with {@code monitor.enabled=true}, the standalone
 * monitor application, and the {@link com.example.backupingest.monitor.app.IngestPipeline} facade.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.app;
