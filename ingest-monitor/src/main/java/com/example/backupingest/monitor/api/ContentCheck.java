package com.example.backupingest.monitor.api;

/** The content checks a customer switches on or off per content, each with its own threshold. */
public enum ContentCheck {
    /** Black picture (and no picture at all). */
    BLACK,
    /** Frozen picture. */
    FROZEN,
    /** Silent audio (and no audio at all). */
    SILENT
}
