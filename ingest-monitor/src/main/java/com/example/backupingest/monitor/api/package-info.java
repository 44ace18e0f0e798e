/**
 * The ingest monitor's published API: what the portal and other hosts may use. The event records
 * and their bus, health and edge status records and the health checks both sides run, the
 * authorize / viewer-report / SRT-access contracts, the stream-key directory, the HTTP paths
 * ({@link com.example.backupingest.monitor.api.MonitorPaths}) and the one client of the HTTP/SSE
 * API. Every other monitor package is internal (the embedded role's assembly is {@code app}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.api;
