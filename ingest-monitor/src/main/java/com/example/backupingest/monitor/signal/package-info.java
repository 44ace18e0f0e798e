/**
 * What an entrypoint's picture and sound look like: a small, low-frame-rate analysis branch of the
 * frames the transcoder decodes anyway (black, frozen, silent, missing audio or video, keyframes,
 * interlacing), read live from ffmpeg's per-frame metadata and timed here.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.signal;
