package com.example.backupingest.monitor.api;

/** Makes stream keys safe to print: only the last four characters survive. */
public final class StreamKeys {

    private StreamKeys() {
    }

    public static String mask(String key) {
        if (key.length() <= 4) {
            return "****";
        }
        return "•".repeat(Math.min(8, key.length() - 4)) + key.substring(key.length() - 4);
    }
}
