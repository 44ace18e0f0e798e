package com.example.backupingest.monitor.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing to fix in an encoder, or to know. {@code entrypoint} null: a difference between A and B.
 * {@code values} are the figures its text shows ({@link IssueCode} says which), already formatted
 * without units or locale (e.g. "300", "3000", "6000"): readers word them in their own language.
 */
public record HealthIssue(IssueCode code, Severity severity, @Nullable Entrypoint entrypoint, List<String> values) {

    public HealthIssue {
        values = List.copyOf(values);
    }

    public static HealthIssue of(IssueCode code, @Nullable Entrypoint entrypoint, Object... values) {
        return new HealthIssue(code, code.severity(), entrypoint,
                java.util.Arrays.stream(values).map(String::valueOf).toList());
    }
}
