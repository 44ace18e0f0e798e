package com.example.backupingest.monitor.srt;

/** A libsrt call failed; the message is libsrt's own. */
final class SrtException extends RuntimeException {

    SrtException(String message) {
        super(message);
    }
}
