package com.example.backupingest.monitor.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A live encoder whose picture and sound can go wrong while it stays connected, like a capture card
 * losing its HDMI signal (black, or the picture frozen) or a pulled audio cable (silence): real ffmpeg,
 * a moving test pattern and a tone, switched by ffmpeg's own runtime filter commands on stdin
 * ({@code c}, then {@code <filter> -1 <command> <arg>}; ffmpeg reads its keyboard every 0.1 s).
 * The frozen picture is the stream's first frame laid over it, the black one a black frame.
 * Settings cover what the health checks look at: size, frame rate, keyframe interval, bit rate,
 * audio sample rate and channels, interlacing.
 */
public final class ScriptedEncoder implements AutoCloseable {

    /** What the encoder sends. {@code videoKbps} null: x264's own rate control. */
    public record Settings(String size, int fps, double keyframeSeconds, @Nullable Integer videoKbps, int sampleRate,
            int channels, boolean interlaced, boolean audio) {

        public static final Settings SMALL = new Settings("320x180", 10, 2, null, 48000, 2, false, true);

        public Settings withoutAudio() {
            return new Settings(size, fps, keyframeSeconds, videoKbps, sampleRate, channels, interlaced, false);
        }

        public Settings withSize(String value) {
            return new Settings(value, fps, keyframeSeconds, videoKbps, sampleRate, channels, interlaced, audio);
        }

        public Settings withFps(int value) {
            return new Settings(size, value, keyframeSeconds, videoKbps, sampleRate, channels, interlaced, audio);
        }

        public Settings withKeyframeSeconds(double value) {
            return new Settings(size, fps, value, videoKbps, sampleRate, channels, interlaced, audio);
        }

        public Settings withVideoKbps(int value) {
            return new Settings(size, fps, keyframeSeconds, value, sampleRate, channels, interlaced, audio);
        }

        public Settings withSampleRate(int value) {
            return new Settings(size, fps, keyframeSeconds, videoKbps, value, channels, interlaced, audio);
        }

        public Settings withChannels(int value) {
            return new Settings(size, fps, keyframeSeconds, videoKbps, sampleRate, value, interlaced, audio);
        }

        public Settings withInterlacing() {
            return new Settings(size, fps, keyframeSeconds, videoKbps, sampleRate, channels, true, audio);
        }
    }

    private final Process process;
    private final OutputStream commands;

    private ScriptedEncoder(Process process) {
        this.process = process;
        this.commands = process.getOutputStream();
    }

    /** Publishes to an RTMP URL (FLV). */
    public static ScriptedEncoder publish(String rtmpUrl, Settings settings) throws IOException {
        return start(arguments(settings, List.of("-f", "flv", rtmpUrl)));
    }

    /** Sends to any ffmpeg output, e.g. {@code -f mpegts tcp://...}. */
    public static ScriptedEncoder start(List<String> arguments) throws IOException {
        return new ScriptedEncoder(new ProcessBuilder(arguments).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** The whole command line, as data; {@code output} ends it. */
    public static List<String> arguments(Settings s, List<String> output) {
        String[] wh = s.size().split("x");
        int gop = (int) Math.round(s.keyframeSeconds() * s.fps());
        String graph = String.join(";",
                "testsrc2=size=" + s.size() + ":rate=" + s.fps() + ",split[live][first]",
                "[first]trim=end_frame=1[still]",
                "color=black:size=" + s.size() + ":rate=" + s.fps() + ",trim=end_frame=1[black]",
                // parked off the picture (x beyond its width) until a command moves them over it
                "[live][still]overlay@freeze=x=" + (Integer.parseInt(wh[0]) * 4) + ":y=0[frozen]",
                "[frozen][black]overlay@black=x=" + (Integer.parseInt(wh[0]) * 4) + ":y=0"
                        + (s.interlaced() ? ",setfield=tff" : "") + ",realtime[v]",
                "sine=frequency=1000:sample_rate=" + s.sampleRate() + ",volume@mute=volume=1,arealtime[a]");
        if (!s.audio()) {
            graph = graph.substring(0, graph.lastIndexOf(";sine="));
        }
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error",
                "-filter_complex", graph, "-map", "[v]"));
        if (s.audio()) {
            args.addAll(List.of("-map", "[a]"));
        }
        args.addAll(List.of(
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", Integer.toString(gop), "-keyint_min", Integer.toString(gop), "-sc_threshold", "0"));
        if (s.videoKbps() != null) {
            args.addAll(List.of("-b:v", s.videoKbps() + "k", "-maxrate", s.videoKbps() + "k",
                    "-bufsize", (2 * s.videoKbps()) + "k"));
        }
        if (s.interlaced()) {
            args.addAll(List.of("-flags", "+ildct+ilme", "-x264-params", "interlaced=1:tff=1"));
        }
        if (s.audio()) {
            args.addAll(List.of("-c:a", "aac", "-b:a", "128k", "-ar", Integer.toString(s.sampleRate()),
                    "-ac", Integer.toString(s.channels())));
        }
        args.addAll(output);
        return List.copyOf(args);
    }

    /** The picture turns black (sound goes on). */
    public void black() throws IOException {
        command("overlay@black", "x", "0");
    }

    /** The picture stands still (sound goes on). */
    public void freeze() throws IOException {
        command("overlay@freeze", "x", "0");
    }

    /** The sound falls silent (picture goes on). */
    public void silence() throws IOException {
        command("volume@mute", "volume", "0");
    }

    /** Picture and sound as normal again. */
    public void normal() throws IOException {
        command("overlay@black", "x", "100000");
        command("overlay@freeze", "x", "100000");
        command("volume@mute", "volume", "1");
    }

    private synchronized void command(String target, String command, String argument) throws IOException {
        // one write per command: ffmpeg reads the 'c' key, then the rest of the line at once
        commands.write(String.format(Locale.ROOT, "c%s -1 %s %s\n", target, command, argument)
                .getBytes(StandardCharsets.US_ASCII));
        commands.flush();
    }

    public Process process() {
        return process;
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                commands.write('q');
                commands.flush();
                if (process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                    return;
                }
            } catch (IOException e) {
                // gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
