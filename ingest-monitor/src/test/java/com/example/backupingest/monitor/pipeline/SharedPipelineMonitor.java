package com.example.backupingest.monitor.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link RunningMonitor} parameters of {@link PipelineTest} classes to one monitor per test
 * run, kept in the root store (closed, nginx and transcoders stopped, when the run ends): starting
 * Spring and nginx once instead of once per class.
 */
final class SharedPipelineMonitor implements ParameterResolver {

    /** The stream keys of every {@link PipelineTest} class: each class its own content ids. */
    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("tenbit-a", "1:tenbit:A:1"), // TenBitInputTest
            Map.entry("kf-reconnect-a", "1:kfreconnect:A:1"), // KeyframeIntervalTest
            Map.entry("kf-change-a", "1:kfchange:A:1"),
            Map.entry("kf-publish-a", "1:kfpublish:A:1"),
            Map.entry("pdt-a", "1:pdtclock:A:1"), // ProgramDateTimeTest
            Map.entry("pdt-b", "1:pdtclock:B:1"),
            Map.entry("gop-a", "1:gopstretch:A:1"), // TargetDurationTest
            Map.entry("gop4-a", "1:gopfour:A:1"),
            Map.entry("hold-a", "1:holdwords:A:1"), // EdgeHoldWordsTest
            Map.entry("hold-b", "1:holdwords:B:1"));

    /** Far longer than any wait in these tests, so no measurement in them comes from the timer. */
    static final String KEYFRAME_REPROBE = "30m";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPipelineMonitor.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningMonitor.class;
    }

    @Override
    public RunningMonitor resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningMonitor.class, type -> {
            try {
                // the keyframe timer out of the way: KeyframeIntervalTest proves the publish and change triggers
                return new RunningMonitor(KEYS, "--monitor.keyframe-reprobe=" + KEYFRAME_REPROBE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, RunningMonitor.class);
    }
}
