/**
 * Health of each entrypoint of each content, combined from nginx-rtmp statistics, ffmpeg progress
 * and ffprobe, and mismatch warnings between primary and backup.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.health;
