/**
 * Operability of the monitor: actuator health per nginx entrypoint and transcoder, Micrometer
 * metrics from the event bus, stream log context (MDC) and the standalone monitor's operator chain.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.ops;
