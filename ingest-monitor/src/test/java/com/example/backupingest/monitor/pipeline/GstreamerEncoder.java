package com.example.backupingest.monitor.pipeline;

import java.io.IOException;
import java.util.List;

/**
 * A second, independent live encoder: GStreamer ({@code gst-launch-1.0}, Debian's gstreamer1.0-tools,
 * -plugins-good, -plugins-bad, -plugins-ugly), a moving ball and a tone, x264 and AAC in FLV over RTMP.
 * Nothing of it is shared with ffmpeg, so what the monitor makes of it is what it makes of any
 * encoder.
 */
public final class GstreamerEncoder implements AutoCloseable {

    private final Process process;

    private GstreamerEncoder(Process process) {
        this.process = process;
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("gst-inspect-1.0", "rtmp2sink").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static GstreamerEncoder publish(String rtmpUrl, int width, int height, int fps) throws IOException {
        return new GstreamerEncoder(new ProcessBuilder(arguments(rtmpUrl, width, height, fps))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /** The whole pipeline, one argument per token as gst-launch takes it. */
    public static List<String> arguments(String rtmpUrl, int width, int height, int fps) {
        return List.of("gst-launch-1.0", "-q",
                // a ball moving over grey: on the default black background the picture would count as black
                "videotestsrc", "is-live=true", "pattern=ball", "background-color=0xff606060", "!",
                "video/x-raw,width=" + width + ",height=" + height + ",framerate=" + fps + "/1", "!",
                "x264enc", "tune=zerolatency", "speed-preset=ultrafast", "key-int-max=" + (2 * fps), "bitrate=800", "!",
                "h264parse", "!", "flvmux", "name=mux", "streamable=true", "!",
                "rtmp2sink", "location=" + rtmpUrl,
                "audiotestsrc", "is-live=true", "wave=sine", "!", "audioconvert", "!", "audioresample", "!",
                "audio/x-raw,rate=48000,channels=2", "!", "voaacenc", "bitrate=128000", "!", "aacparse", "!", "mux.");
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
