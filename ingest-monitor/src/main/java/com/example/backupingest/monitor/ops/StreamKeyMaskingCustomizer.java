package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.StreamKeys;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Safety net for JSON logs ({@code logging.structured.json.customizer}): masks what has the shape
 * of a key in every string value — the stream name of an RTMP URL and the {@code name=} of the
 * nginx control API — also inside stack traces. The code masks keys itself; this catches what a
 * library (ffmpeg, an exception message) prints unasked.
 */
public final class StreamKeyMaskingCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    /** Base64url as the portal issues keys, plus what URL encoding adds. */
    private static final String KEY = "[A-Za-z0-9_%+=-]+";
    private static final Pattern RTMP_STREAM = Pattern.compile("(rtmps?://[^\\s/\"']+/[^\\s/\"']+/)(" + KEY + ")");
    private static final Pattern CONTROL_NAME = Pattern.compile("([?&]name=)(" + KEY + ")");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, StreamKeyMaskingCustomizer::mask));
    }

    public static String mask(String text) {
        if (!text.contains("rtmp") && !text.contains("name=")) {
            return text;
        }
        return replace(CONTROL_NAME, replace(RTMP_STREAM, text));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + StreamKeys.mask(matcher.group(2))));
        }
        return matcher.appendTail(out).toString();
    }
}
