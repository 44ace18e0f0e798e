/**
 * HTTP API for portals on other hosts: health snapshots as JSON and monitor events as
 * server-sent events.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.http;
