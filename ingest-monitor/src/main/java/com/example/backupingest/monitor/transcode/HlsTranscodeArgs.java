package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.signal.SignalFilters;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ffmpeg argument list for one publish. One process with three outputs (not three processes,
 * not -var_stream_map): the stream is pulled from nginx and decoded once for both scaled
 * renditions, the original is stream-copied, and each output keeps its own plain media playlist in
 * its own folder; -var_stream_map would force one codec setup and one naming scheme on all three.
 * With {@code analysis}, two more outputs use the same decoded frames: the picture and sound
 * analysis ({@link SignalFilters}, printed to stderr) and, with a {@code thumbnail} path, a small JPEG
 * every two seconds (written atomically: readers never see half a picture).
 */
public record HlsTranscodeArgs(String ffmpeg, URI input, Path contentDir, Duration segment, int playlistSize,
        boolean analysis, @Nullable Path thumbnail) {

    /** The transcode alone (no analysis, no thumbnail). */
    public HlsTranscodeArgs(String ffmpeg, URI input, Path contentDir, Duration segment, int playlistSize) {
        this(ffmpeg, input, contentDir, segment, playlistSize, false, null);
    }

    public List<String> build() {
        List<String> args = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "warning", "-nostats", "-progress", "pipe:1",
                // a restarted transcoder overwrites the thumbnail the killed one left (else ffmpeg asks, and exits)
                "-y",
                // FLV from nginx-rtmp announces no streams, so ffmpeg probes the whole analyzeduration and the
                // transcode lags by it: one keyframe interval (= segment) plus a second, no longer. Long keyframe
                // intervals are no reason to probe longer: nginx starts our stream at a keyframe (wait_video).
                "-analyzeduration", Long.toString(segment.plusSeconds(1).toNanos() / 1000), "-probesize", "5000000",
                // give up on a stalled input instead of hanging; the supervisor restarts us
                "-rw_timeout", "5000000",
                "-i", input.toString()));
        for (Rendition rendition : Rendition.values()) {
            args.addAll(output(rendition));
        }
        if (analysis) {
            args.addAll(SignalFilters.analysisOutput());
            if (thumbnail != null) {
                args.addAll(List.of("-map", "0:v:0", "-filter:v", SignalFilters.thumbnail(), "-q:v", "7",
                        "-f", "image2", "-update", "1", "-atomic_writing", "1", thumbnail.toString()));
            }
        }
        return List.copyOf(args);
    }

    private List<String> output(Rendition rendition) {
        List<String> out = new ArrayList<>(List.of("-map", "0:v:0", "-map", "0:a:0?"));
        if (rendition.height() == null) {
            out.addAll(List.of("-c", "copy"));
        } else {
            long seconds = segment.toSeconds();
            int kbps = Objects.requireNonNull(rendition.videoBitrate()) / 1000;
            out.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
                    // always 8-bit 4:2:0 High, whatever the encoder sends (10-bit 4:4:4 would stay 4:4:4)
                    "-vf", "scale=-2:" + rendition.height() + ",format=yuv420p", "-pix_fmt", "yuv420p",
                    "-profile:v", "high",
                    "-b:v", kbps + "k", "-maxrate", kbps + "k", "-bufsize", (2 * kbps) + "k",
                    // keyframes exactly on segment boundaries, never on scene cuts
                    "-force_key_frames", "expr:gte(t,n_forced*" + seconds + ")", "-sc_threshold", "0",
                    "-c:a", "aac", "-b:a", "128k"));
        }
        Path dir = contentDir.resolve(rendition.id());
        out.addAll(List.of("-f", "hls", "-hls_time", Long.toString(segment.toSeconds()),
                "-hls_list_size", Integer.toString(playlistSize),
                "-hls_flags", "program_date_time+independent_segments+delete_segments+omit_endlist",
                // sequence numbers from the clock keep growing across transcoder restarts
                "-hls_start_number_source", "epoch",
                "-hls_segment_filename", dir.resolve("seg_%d.ts").toString(),
                // PdtStamper turns it into index.m3u8 with arrival-time stamps
                dir.resolve(PdtStamper.FFMPEG_PLAYLIST).toString()));
        return out;
    }
}
