/**
 * The edges' viewer gate (it checks the tickets of {@code monitor.api.viewer} and reports loads to the
 * sink) and, in one process, a port of their own per distribution server
 * ({@link com.example.backupingest.monitor.viewer.EdgeHostConnectors}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.viewer;
