package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.util.List;

/** A customer's encoder: a small ffmpeg test pattern with sound, published over RTMP. */
final class Encoder implements AutoCloseable {

    private final Process process;

    private Encoder(Process process) {
        this.process = process;
    }

    static Encoder publish(int rtmpPort, String key) throws IOException {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15",
                "-f", "lavfi", "-i", "sine=frequency=1000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "30",
                "-c:a", "aac", "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
        return new Encoder(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
