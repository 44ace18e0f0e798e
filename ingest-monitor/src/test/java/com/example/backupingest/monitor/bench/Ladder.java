package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.transcode.HlsTranscodeArgs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command lines the benchmark compares, as data. */
final class Ladder {

    static final Duration SEGMENT = Duration.ofSeconds(2);

    private Ladder() {
    }

    /** The benchmark input: test pattern with per-frame noise (hard to compress, like a camera), AAC audio. */
    static List<String> input(int height, Duration length, Path file) {
        int width = height * 16 / 9;
        String bitrate = height >= 1080 ? "6000k" : "3000k";
        return List.of("ffmpeg", "-y", "-hide_banner", "-loglevel", "error",
                "-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=25,noise=alls=20:allf=t",
                "-f", "lavfi", "-i", "sine=frequency=1000", "-t", Long.toString(length.toSeconds()),
                "-c:v", "libx264", "-preset", "ultrafast", "-b:v", bitrate, "-maxrate", bitrate, "-g", "50",
                "-c:a", "aac", "-b:a", "128k", "-f", "mpegts", file.toString());
    }

    /** Exactly what the monitor's transcoder runs for one publish, reading a file instead of nginx. */
    static List<String> monitor(Path input, Path out) {
        return new HlsTranscodeArgs("ffmpeg", URI.create("file:" + input), out, SEGMENT, 10).build();
    }

    /** A hand-written ffmpeg doing the same ladder: copy + 480p + 360p, same codec settings, one decode. */
    static List<String> plain(List<String> inputOptions, String input, Path out) {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-y", "-hide_banner", "-loglevel", "error"));
        args.addAll(inputOptions);
        args.addAll(List.of("-i", input, "-filter_complex",
                "[0:v]split=2[a][b];[a]scale=-2:480[v480];[b]scale=-2:360[v360]",
                "-map", "0:v:0", "-map", "0:a:0", "-c", "copy"));
        args.addAll(hls(out.resolve(Rendition.ORIGINAL.id())));
        for (Rendition rendition : List.of(Rendition.P480, Rendition.P360)) {
            int kbps = rendition.videoBitrate() / 1000;
            args.addAll(List.of("-map", "[v" + rendition.height() + "]", "-map", "0:a:0",
                    "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
                    "-b:v", kbps + "k", "-maxrate", kbps + "k", "-bufsize", (2 * kbps) + "k",
                    "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0",
                    "-c:a", "aac", "-b:a", "128k"));
            args.addAll(hls(out.resolve(rendition.id())));
        }
        return List.copyOf(args);
    }

    private static List<String> hls(Path dir) {
        dir.toFile().mkdirs();
        return List.of("-f", "hls", "-hls_time", "2", "-hls_list_size", "10",
                "-hls_flags", "program_date_time+independent_segments+delete_segments+omit_endlist",
                "-hls_segment_filename", dir.resolve("seg_%d.ts").toString(), dir.resolve("index.m3u8").toString());
    }

    /** A live encoder sending the file in a loop, in real time, without re-encoding. */
    static List<String> publish(Path input, int rtmpPort, String key) {
        return List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-re", "-stream_loop", "-1",
                "-i", input.toString(), "-c", "copy", "-f", "flv", "rtmp://127.0.0.1:" + rtmpPort + "/live/" + key);
    }
}
