package com.example.backupingest.monitor.media;

import java.io.IOException;
import java.util.List;

/** A real ffmpeg test-pattern encoder publishing to an entrypoint, as a customer's encoder would. */
final class Encoder implements AutoCloseable {

    private final Process process;

    private Encoder(Process process) {
        this.process = process;
    }

    static Encoder publish(int rtmpPort, String key, String size, int fps) throws IOException {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * fps),
                "-c:a", "aac", "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
        return new Encoder(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    Process process() {
        return process;
    }

    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
    }

    @Override
    public void close() {
        try {
            signal("CONT");
        } catch (IOException | InterruptedException e) {
            // best effort: the process may be gone
        }
        process.destroyForcibly();
    }
}
