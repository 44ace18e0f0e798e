/**
 * Helpers the tests of both modules share (the portal's through ingest-monitor's test jar).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.testing;
