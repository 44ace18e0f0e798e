/**
 * Generic supervision of external processes (nginx, ffmpeg): launch through a seam, drain output on
 * virtual threads, restart with exponential back-off, stop gracefully.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.process;
