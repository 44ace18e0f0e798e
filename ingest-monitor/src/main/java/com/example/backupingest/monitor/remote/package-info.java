/**
 * Monitors on separate hosts: stream keys asked from the portal over HTTP, events of other monitors
 * followed over their SSE API (an edge process fed by both ingest hosts), and the edge role's wiring.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.remote;
