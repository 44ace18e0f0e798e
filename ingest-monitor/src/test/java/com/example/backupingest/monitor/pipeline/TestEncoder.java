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
