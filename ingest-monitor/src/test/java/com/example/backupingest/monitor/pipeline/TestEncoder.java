package com.example.backupingest.monitor.pipeline;

import java.io.IOException;
import java.util.List;

/**
 * A customer's live encoder: real ffmpeg sending a test pattern (keyframe every 2 s) over RTMP.
 * Killed hard, frozen and resumed by signal, like a crashed or hung encoder. The one encoder of all
 * tests: the portal's tests use it through ingest-monitor's test jar.
 */
public final class TestEncoder implements AutoCloseable {

    private final Process process;

    private TestEncoder(Process process) {
        this.process = process;
    }

    public static TestEncoder publish(int rtmpPort, String key, String size, int fps) throws IOException {
        return new TestEncoder(new ProcessBuilder(arguments(rtmpPort, key, size, fps))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /** The whole command line, as data. */
    public static List<String> arguments(int rtmpPort, String key, String size, int fps) {
        return List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * fps),
                "-c:a", "aac", "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
    }

    /**
     * A picture and no sound track at all (a silent camera, an encoder with its audio turned off), 320x180
     * at 10 fps, keyframes where the ffmpeg expression {@code keyframes} says (of {@code t} and {@code n_forced}).
     */
    public static TestEncoder publishVideoOnly(int rtmpPort, String key, String keyframes) throws IOException {
        return start(videoOnlyArguments(rtmpPort, key, keyframes));
    }

    /** The command line of {@link #publishVideoOnly}: the test pattern, no audio input, no audio stream. */
    public static List<String> videoOnlyArguments(int rtmpPort, String key, String keyframes) {
        return List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=10", "-an",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency",
                "-g", "1000", "-sc_threshold", "0", "-force_key_frames", "expr:" + keyframes,
                "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
    }

    /** A process started elsewhere, ended like an encoder. */
    public static TestEncoder of(Process process) {
        return new TestEncoder(process);
    }

    /** Any command as the encoder (the GStreamer ones below, or ffmpeg in a network namespace). */
    public static TestEncoder start(List<String> command) throws IOException {
        return new TestEncoder(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** The same encoder over RTMPS (ffmpeg does not check the certificate: the self-signed one is fine). */
    public static List<String> rtmpsArguments(String host, int rtmpsPort, String key, String size, int fps) {
        return encode(size, fps, List.of("-f", "flv", "rtmps://" + host + ":" + rtmpsPort + "/live/" + key));
    }

    /**
     * The same encoder as an SRT caller: MPEG-TS, AES-128 with {@code passphrase} (none when null),
     * asking for {@code latency}. What OBS does with the URL from the stream setup page.
     */
    public static List<String> srtArguments(String host, int srtPort, String streamId,
            @org.jspecify.annotations.Nullable String passphrase, java.time.Duration latency, String size, int fps) {
        String url = "srt://" + host + ":" + srtPort + "?mode=caller&streamid=" + streamId
                + (passphrase == null ? "" : "&passphrase=" + passphrase + "&pbkeylen=16")
                + "&latency=" + latency.toNanos() / 1000 + "&pkt_size=1316";
        return encode(size, fps, List.of("-f", "mpegts", url));
    }

    /**
     * The test pattern at a set video bitrate (CBR-like: maxrate and a one-second buffer), AAC at 128 kbit/s,
     * a keyframe every 2 s, into {@code output} (format and URL).
     */
    public static List<String> encoderArguments(String size, int fps, int videoKbit, List<String> output) {
        List<String> args = new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
                "-re", "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * fps),
                "-b:v", videoKbit + "k", "-maxrate", videoKbit + "k", "-bufsize", videoKbit + "k",
                "-c:a", "aac", "-b:a", "128k"));
        args.addAll(output);
        return List.copyOf(args);
    }

    /** SRT caller output of {@link #encoderArguments}: what {@link #srtArguments} sends to. */
    public static List<String> srtOutput(String host, int srtPort, String streamId, String passphrase,
            java.time.Duration latency) {
        return List.of("-f", "mpegts", "srt://" + host + ":" + srtPort + "?mode=caller&streamid=" + streamId
                + "&passphrase=" + passphrase + "&pbkeylen=16&latency=" + latency.toNanos() / 1000 + "&pkt_size=1316");
    }

    /** A GStreamer encoder over RTMPS (rtmp2sink, certificate not checked: self-signed). */
    public static List<String> gstRtmpsArguments(String host, int rtmpsPort, String key) {
        return gst(List.of("flvmux", "name=mux", "streamable=true", "!", "rtmp2sink",
                "location=rtmps://" + host + ":" + rtmpsPort + "/live/" + key, "tls-validation-flags=0"), "mux.");
    }

    /** A GStreamer SRT caller (srtsink) with stream id and passphrase. */
    public static List<String> gstSrtArguments(String host, int srtPort, String streamId, String passphrase,
            java.time.Duration latency) {
        return gst(List.of("mpegtsmux", "name=mux", "alignment=7", "!", "srtsink",
                "uri=srt://" + host + ":" + srtPort + "?mode=caller", "streamid=" + streamId, "passphrase=" + passphrase,
                "pbkeylen=16", "latency=" + latency.toMillis(), "wait-for-connection=false"), "mux.");
    }

    private static List<String> encode(String size, int fps, List<String> output) {
        List<String> args = new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
                "-re", "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * fps),
                "-c:a", "aac"));
        args.addAll(output);
        return List.copyOf(args);
    }

    /** 320x180 at 10 fps, a keyframe every 2 s, AAC: the test pattern, from GStreamer. */
    private static List<String> gst(List<String> muxAndSink, String muxPad) {
        List<String> args = new java.util.ArrayList<>(List.of("gst-launch-1.0", "-q", "-e",
                "videotestsrc", "is-live=true", "pattern=smpte", "!", "video/x-raw,width=320,height=180,framerate=10/1",
                "!", "x264enc", "tune=zerolatency", "speed-preset=ultrafast", "key-int-max=20", "bitrate=600",
                "!", "h264parse", "!", muxPad));
        args.addAll(List.of("audiotestsrc", "is-live=true", "wave=sine", "!", "audioconvert", "!", "voaacenc", "!",
                "aacparse", "!", muxPad));
        args.addAll(muxAndSink);
        return List.copyOf(args);
    }

    /** Small enough for two shared cores: 320x180 at 10 fps. */
    public static TestEncoder publish(int rtmpPort, String key) throws IOException {
        return publish(rtmpPort, key, "320x180", 10);
    }

    public Process process() {
        return process;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public void kill9() throws IOException, InterruptedException {
        signal("KILL");
        process.waitFor();
    }

    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    public static void signal(long pid, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
    }

    public void signal(String signal) throws IOException, InterruptedException {
        signal(process.pid(), signal);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                signal("CONT"); // a frozen process would not die on SIGTERM
            } catch (IOException | InterruptedException e) {
                // best effort: it may be gone already
            }
            process.destroyForcibly();
        }
    }
}
