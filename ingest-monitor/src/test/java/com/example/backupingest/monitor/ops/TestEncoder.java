package com.example.backupingest.monitor.ops;

import java.io.IOException;
import java.util.List;

/** A real ffmpeg test-pattern encoder publishing to an entrypoint, small enough for two shared cores. */
final class TestEncoder implements AutoCloseable {

    private final Process process;

    private TestEncoder(Process process) {
        this.process = process;
    }

    static TestEncoder publish(int rtmpPort, String key) throws IOException {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=10", "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "20",
                "-c:a", "aac", "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
        return new TestEncoder(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
