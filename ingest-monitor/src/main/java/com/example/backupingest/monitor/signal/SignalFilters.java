package com.example.backupingest.monitor.signal;

import java.util.List;

/**
 * The ffmpeg filter chains of the analysis branch, added to the transcoder's own command (one decode
 * for everything). Every analysed frame gets a {@code sig} marker as its last metadata entry and is
 * printed to stderr at once ({@code direct=1}): blackdetect's and silencedetect's log lines come
 * only when a fault ends, their per-frame metadata when it starts. {@link MetadataLines} reads it.
 * <ul>
 * <li>pictures, 5 a second, shrunk to 160x90 grey (area average), marker {@code v}: blackdetect,
 * 98 % of the pixels below 10 %.</li>
 * <li>the same pictures' difference to the one before, marker {@code f}: "black" here means no pixel
 * changed by more than 16 of 255 levels, i.e. a still picture. Not freezedetect: its mean difference
 * over the picture calls a small moving object (a speaker on a wide stage, a ball) still, and an
 * encoder re-quantising a frozen picture at each keyframe moving; the largest difference tells them
 * apart (measured: still 0-6, moving 148+). {@link FaultTracker} times it.</li>
 * <li>keyframes, before the frame-rate reduction, marker {@code k}, and {@code i} again for a keyframe
 * flagged interlaced.</li>
 * <li>audio in blocks of 9600 samples (0.2 s at 48 kHz), marker {@code a}: silencedetect at -60 dBFS.</li>
 * </ul>
 */
public final class SignalFilters {

    /** Analysed pictures per second. */
    public static final int FPS = 5;

    // the graph parser takes one backslash, the option parser the other: file=pipe:2, i.e. stderr
    private static final String PRINT = "metadata=mode=print:file=pipe\\\\:2:direct=1";
    private static final String APRINT = "ametadata=mode=print:file=pipe\\\\:2:direct=1";

    private SignalFilters() {
    }

    public static String video() {
        String keyframes = String.join(",", "[kf]select=key", mark("k"), PRINT, "split[all][il]");
        String interlaced = String.join(",", "[il]select=interlace_type", "metadata=mode=modify:key=sig:value=i",
                PRINT, "nullsink");
        String pictures = String.join(",", "[an]fps=" + FPS, "scale=160:90:flags=area", "format=gray",
                "split[pic][mov]");
        String black = String.join(",", "[pic]blackdetect=d=0:pic_th=0.98:pix_th=0.10", mark("v"), PRINT, "nullsink");
        String still = String.join(",", "[mov]tblend=all_mode=difference", "blackdetect=d=0:pic_th=1:pix_th=0",
                mark("f"), PRINT);
        return String.join(";", "split[kf][an]", keyframes, "[all]nullsink", interlaced, pictures, black, still);
    }

    public static String audio() {
        return String.join(",", "asetnsamples=n=9600:p=0", "silencedetect=n=-60dB:d=0.2",
                "ametadata=mode=add:key=sig:value=a", APRINT);
    }

    /** A small picture every two seconds for the Live page. */
    public static String thumbnail() {
        return "fps=1/2,scale=320:-2:flags=fast_bilinear";
    }

    /** The null output that runs the analysis; audio only if the input has some. */
    public static List<String> analysisOutput() {
        return List.of("-map", "0:v:0", "-map", "0:a:0?", "-filter:v", video(), "-filter:a", audio(), "-f", "null",
                "-");
    }

    private static String mark(String kind) {
        return "metadata=mode=add:key=sig:value=" + kind;
    }
}
