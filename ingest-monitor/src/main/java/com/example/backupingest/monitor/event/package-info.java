/**
 * Events the monitor publishes, as records: in-process through Spring's event publisher, and to
 * remote portals over the HTTP/SSE API.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.event;
