package com.example.backupingest.monitor.api;

/**
 * What can be wrong with the picture or sound an entrypoint receives while segments still flow:
 * the everyday faults of event streaming (a capture card losing its HDMI signal shows black or the
 * last frame frozen; a pulled audio cable or muted mixer channel is silence). Each belongs to the
 * {@link ContentCheck} that switches it on and sets its threshold.
 */
public enum ContentFault {
    /** Nearly every pixel black (ffmpeg blackdetect). */
    PICTURE_BLACK(ContentCheck.BLACK),
    /** No video frames at all while sound still arrives. */
    VIDEO_MISSING(ContentCheck.BLACK),
    /** The picture does not change (no pixel of a 160x90 copy moves by more than 16 levels). */
    PICTURE_FROZEN(ContentCheck.FROZEN),
    /** Sound below -60 dBFS on all channels (ffmpeg silencedetect). */
    AUDIO_SILENT(ContentCheck.SILENT),
    /** No audio frames at all while pictures still arrive (no audio track, or it stopped). */
    AUDIO_MISSING(ContentCheck.SILENT);

    private final ContentCheck check;

    ContentFault(ContentCheck check) {
        this.check = check;
    }

    public ContentCheck check() {
        return check;
    }
}
