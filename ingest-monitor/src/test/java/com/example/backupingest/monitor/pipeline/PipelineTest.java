package com.example.backupingest.monitor.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A media test against the one shared pipeline monitor of the test run (real nginx-rtmp, ffmpeg
 * transcoders and edges): take it as a {@link RunningMonitor} parameter of a {@code @BeforeAll}
 * method. It starts once, with every such class's stream keys ({@link SharedPipelineMonitor#KEYS}),
 * and stops at the end of the run. Classes stay independent through their own content ids; a class
 * that needs other monitor settings (latency, role, front, origin port) starts its own monitor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("media")
@ExtendWith(SharedPipelineMonitor.class)
@interface PipelineTest {
}
