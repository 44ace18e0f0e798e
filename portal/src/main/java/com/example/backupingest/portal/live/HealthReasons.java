package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.IngestPace;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the monitor's health reasons (plain English from its health rules) into the reader's
 * language, for the Live page and the alert mail alike. A reason no rule knows (a newer monitor's
 * wording) is not hidden, but framed in the reader's language ({@code live.reason.untranslated}):
 * a German reader is told that the monitor's own, English words follow.
 */
public final class HealthReasons {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("No encoder publishes here while the other entrypoint receives the stream"),
                    "live.reason.downOtherLive"),
            new Rule(Pattern.compile("No encoder publishes"), "live.reason.idle"),
            new Rule(Pattern.compile("Publishing; waiting for the first HLS segment"), "live.reason.starting"),
            new Rule(Pattern.compile("Publishing, but no HLS segment has been written"), "live.reason.noSegment"),
            new Rule(Pattern.compile("No new HLS segment for more than (\\d+) s"), "live.reason.stale"),
            new Rule(Pattern.compile("Transcoder is restarting"), "live.reason.transcoderRestarting"),
            new Rule(Pattern.compile("Transcoder was restarted after a failure"), "live.reason.transcoderRestarted"),
            new Rule(Pattern.compile("Transcoding is slower than real time"), "live.reason.slow"),
            new Rule(Pattern.compile(Pattern.quote(IngestPace.STARVED_REASON)), "live.reason.starved"),
            new Rule(Pattern.compile(Pattern.quote(IngestPace.BURST_REASON)), "live.reason.burst"),
            new Rule(Pattern.compile("Publishing; segments are flowing"), "live.reason.live"),
            new Rule(Pattern.compile("The monitor of this entrypoint is not reachable"), "live.reason.unreachable"),
            // why a publisher was dropped (its key was revoked): RevocationReason's sentences
            new Rule(Pattern.compile(Pattern.quote(RevocationReason.KEY_REGENERATED.healthReason())),
                    "live.reason.keyRegenerated"),
            new Rule(Pattern.compile(Pattern.quote(RevocationReason.BOOKING_ENDED.healthReason())),
                    "live.reason.bookingEnded"),
            new Rule(Pattern.compile(Pattern.quote(RevocationReason.CONTENT_REMOVED.healthReason())),
                    "live.reason.contentRemoved"),
            new Rule(Pattern.compile(Pattern.quote(RevocationReason.KEY_INVALID.healthReason())),
                    "live.reason.keyInvalid"));

    private HealthReasons() {
    }

    /** {@code translate}: (key, parameters) to text, e.g. a component's {@code getTranslation}. */
    public static String translate(String reason, BiFunction<String, Object[], String> translate) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return translate.apply(rule.key(), args);
            }
        }
        return translate.apply("live.reason.untranslated", new Object[] {reason});
    }
}
