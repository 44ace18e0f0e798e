/**
 * Generic supervision of external processes (nginx, ffmpeg): launch through a seam, drain output on
 * virtual threads, restart with exponential back-off, stop gracefully. Published because the portal's
 * demo encoders supervise their ffmpeg with it; it knows nothing of the monitor (no other monitor package).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.api.process;
