package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.StreamLogContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The logging.* lines of the portal's property files, applied by Spring Boot's logging system:
 * JSON lines outside the demo, readable text in the demo, both carrying the stream's MDC keys.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void non_demo_profiles_log_json_lines_with_the_stream_keys(CapturedOutput output) throws IOException {
        logAStreamLine(logging("application.properties"));
        String line = output.getOut().lines().filter(l -> l.contains("edge switched")).findFirst().orElseThrow();
        assertThat(line).startsWith("{").contains("\"account\":\"7\"", "\"content\":\"c1\"", "\"entrypoint\":\"B\"",
                "\"edge\":\"edge-1\"");
        String ffmpeg = output.getOut().lines().filter(l -> l.contains("Error opening input")).findFirst().orElseThrow();
        assertThat(ffmpeg).as("the JSON safety net masks a key a library printed")
                .contains("rtmp://127.0.0.1:1935/live/••••••••Ef8g").doesNotContain("Zk3vQ9xLmP2aBc7dEf8g");
    }

    @Test
    void the_demo_profile_logs_readable_text_with_the_stream_keys_in_brackets(CapturedOutput output)
            throws IOException {
        Map<String, Object> demo = logging("application.properties");
        demo.putAll(logging("application-demo.properties"));
        logAStreamLine(demo);
        String line = output.getOut().lines().filter(l -> l.contains("edge switched")).findFirst().orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("[account=7 content=c1 entrypoint=B edge=edge-1]");
        String plain = output.getOut().lines().filter(l -> l.contains("no stream here")).findFirst().orElseThrow();
        assertThat(plain).doesNotContain("account=", "edge=");
    }

    private static void logAStreamLine(Map<String, Object> properties) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).properties(properties).run("--spring.profiles.default=default")) {
            var log = LoggerFactory.getLogger(LogFormatTest.class);
            StreamLogContext.with(7L, "c1", Entrypoint.BACKUP, "edge-1", () -> log.info("edge switched"));
            log.info("no stream here");
            log.warn("ffmpeg: Error opening input rtmp://127.0.0.1:1935/live/Zk3vQ9xLmP2aBc7dEf8g: I/O error");
        }
    }

    private static Map<String, Object> logging(String file) throws IOException {
        Properties all = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
        // only these lines: the real property files on the classpath must not be loaded on top
        Map<String, Object> logging = new HashMap<>(Map.of("spring.config.name", "log-format-test"));
        all.stringPropertyNames().stream().filter(name -> name.startsWith("logging."))
                .forEach(name -> logging.put(name, all.getProperty(name)));
        return logging;
    }
}
