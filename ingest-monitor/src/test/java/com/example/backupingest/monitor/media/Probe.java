package com.example.backupingest.monitor.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers over HTTP and ffprobe. */
final class Probe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Probe() {
    }

    static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean servesSegments(String playlistUrl) {
        try {
            HttpResponse<String> response = get(playlistUrl);
            return response.statusCode() == 200 && response.body().contains("#EXTINF");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** "codec,height" of the first video stream, read over HTTP like a player would. */
    static String videoStream(String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("ffprobe", "-v", "error", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,height", "-of", "csv=p=0", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(20, TimeUnit.SECONDS);
        return out.lines().findFirst().orElse(""); // the HLS demuxer may list the stream once per program
    }
}
