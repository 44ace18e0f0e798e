/**
 * One supervised ffmpeg per accepted publish, reading the stream back from nginx and writing the
 * three HLS renditions; its {@code -progress} output is parsed into {@link TranscodeProgress} records.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.transcode;
