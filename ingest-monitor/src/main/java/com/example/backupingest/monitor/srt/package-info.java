/**
 * SRT on an entrypoint: one listener per entrypoint (libsrt through the JDK's foreign function API)
 * that routes callers by stream id, sets the content's passphrase during the handshake, and relays
 * each admitted caller into nginx-rtmp, where it is a publish like any other.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.srt;
