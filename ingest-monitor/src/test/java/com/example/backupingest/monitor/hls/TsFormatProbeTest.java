package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java probe against real ffmpeg segments (libx264, aac/mp3, {@code -f mpegts}, 1 s) and against
 * what ffprobe reports for them: picture size, profile/constraints/level (the SPS bytes of ffprobe's
 * extradata) and the audio profile.
 */
public class TsFormatProbeTest {

    @TempDir
    static Path dir;

    /** name, size, frame rate, video options, audio options, expected format. */
    static Stream<Arguments> encodings() {
        return Stream.of(
                argumentSet("a high profile 640x360 segment with AAC reads as avc1 High and AAC-LC",
                        "high", "640x360", 25, List.of("-preset", "veryfast", "-profile:v", "high"),
                        List.of("-c:a", "aac"), new SegmentFormat(640, 360, "avc1.64001e,mp4a.40.2")),
                argumentSet("a baseline 320x180 segment without audio is cropped from 192 lines and names video only",
                        "baseline", "320x180", 10, List.of("-preset", "ultrafast", "-profile:v", "baseline"),
                        List.of("-an"), new SegmentFormat(320, 180, "avc1.42c00b")),
                argumentSet("a main profile 426x240 segment with MP3 is cropped in width and names MP3",
                        "main-mp3", "426x240", 10, List.of("-preset", "veryfast", "-profile:v", "main"),
                        List.of("-c:a", "libmp3lame"), new SegmentFormat(426, 240, "avc1.4d4015,mp4a.40.34")));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void reads_size_and_codecs_exactly_as_ffprobe_reports_them(String name, String size, int fps,
            List<String> video, List<String> audio, SegmentFormat expected) throws Exception {
        Path ts = encode(name, size, fps, video, audio);

        SegmentFormat format = probe(ts);

        assertThat(format).isEqualTo(expected);
        assertThat(format).isEqualTo(ffprobe(ts));
    }

    @Test
    void a_scaled_rendition_like_the_transcoders_reads_with_its_odd_width() throws Exception {
        // what HlsTranscodeArgs does for 360p from a 4:3 source: scale=-2:360 (480x360), libx264 veryfast
        Path ts = encode("scaled", "640x480", 15, List.of("-vf", "scale=-2:360", "-preset", "veryfast", "-tune",
                "zerolatency", "-b:v", "800k"), List.of("-c:a", "aac", "-b:a", "128k"));

        SegmentFormat format = probe(ts);

        assertThat(format.resolution()).isEqualTo("480x360");
        assertThat(format).isEqualTo(ffprobe(ts));
    }

    @Test
    void only_the_head_of_a_segment_is_needed_and_the_rest_may_be_missing() throws Exception {
        Path ts = encode("head", "640x360", 25, List.of("-preset", "veryfast"), List.of("-c:a", "aac"));
        byte[] all = Files.readAllBytes(ts);
        byte[] head = java.util.Arrays.copyOf(all, 188 * 200);

        assertThat(TsFormatProbe.probe(head)).contains(probe(ts));
    }

    @Test
    void bytes_that_are_no_transport_stream_give_no_format() {
        assertThat(TsFormatProbe.probe(new byte[0])).isEmpty();
        assertThat(TsFormatProbe.probe("#EXTM3U\n#EXT-X-VERSION:6\n".repeat(40).getBytes())).isEmpty();
        assertThat(TsFormatProbe.probe(new byte[188 * 10])).isEmpty();
    }

    static SegmentFormat probe(Path ts) throws IOException {
        try (var in = Files.newInputStream(ts)) {
            return TsFormatProbe.probe(in).orElseThrow();
        }
    }

    /** 1 s of test picture (and a sine tone unless -an) as one MPEG-TS file. */
    static Path encode(String name, String size, int fps, List<String> video, List<String> audio) throws Exception {
        return encode(dir.resolve(name + ".ts"), size, fps, video, audio);
    }

    /** Also for the edges' tests: a real ffmpeg segment for the probe. */
    public static Path encode(Path out, String size, int fps, List<String> video, List<String> audio) throws Exception {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps, "-f", "lavfi", "-i",
                "sine=frequency=1000", "-t", "1", "-map", "0:v", "-map", "1:a", "-c:v", "libx264"));
        args.addAll(video);
        args.addAll(audio);
        args.addAll(List.of("-f", "mpegts", out.toString()));
        run(args);
        return out;
    }

    /** What ffprobe says, in the master playlist's terms: the avc1 string from the SPS in its extradata. */
    static SegmentFormat ffprobe(Path ts) throws Exception {
        String out = run(List.of("ffprobe", "-v", "error", "-show_entries",
                "stream=codec_type,codec_name,profile,width,height,extradata", "-show_data", "-of", "default",
                ts.toString()));
        // ffprobe lists each stream twice (inside [PROGRAM] and on its own): hence distinct() below
        List<Map<String, String>> streams = new ArrayList<>();
        Map<String, String> stream = null;
        StringBuilder extradata = new StringBuilder();
        boolean inExtradata = false;
        for (String line : out.lines().toList()) {
            if (line.equals("[STREAM]")) {
                stream = new LinkedHashMap<>();
                streams.add(stream);
                extradata.setLength(0);
            } else if (line.equals("[/STREAM]")) {
                stream.put("extradata", extradata.toString());
                inExtradata = false;
            } else if (line.startsWith("extradata=")) {
                inExtradata = true;
            } else if (inExtradata && line.matches("^[0-9a-f]{8}: .*")) {
                // "00000000: 0000 0167 42c0 1eda ...  ascii": the hex columns only
                extradata.append(line.substring(10, Math.min(line.length(), 49)).replace(" ", ""));
            } else if (stream != null && line.contains("=")) {
                inExtradata = false;
                stream.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        Map<String, String> video = streams.stream().filter(s -> "video".equals(s.get("codec_type"))).findFirst()
                .orElseThrow();
        String hex = video.get("extradata");
        int sps = hex.indexOf("00000167");
        String codecs = "avc1." + hex.substring(sps + 8, sps + 14);
        for (Map<String, String> audio : streams.stream().filter(s -> "audio".equals(s.get("codec_type"))).distinct().toList()) {
            codecs += switch (audio.get("codec_name") + "/" + audio.get("profile")) {
                case "aac/LC" -> ",mp4a.40.2";
                case "aac/Main" -> ",mp4a.40.1";
                case "mp3/unknown" -> ",mp4a.40.34";
                default -> throw new AssertionError("unexpected audio " + audio);
            };
        }
        HexFormat.of().parseHex(hex.substring(sps + 8, sps + 14)); // really hex
        return new SegmentFormat(Integer.parseInt(video.get("width")), Integer.parseInt(video.get("height")), codecs);
    }

    private static String run(List<String> args) throws Exception {
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", args) + " failed: " + new String(output));
        }
        return new String(output);
    }
}
