package com.example.backupingest.monitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamKeyMaskingCustomizerTest {

    @Test
    void rtmp_stream_names_and_control_api_names_are_masked_wherever_they_appear() {
        String ffmpeg = "[in#0 @ 0x5] Error opening input rtmp://127.0.0.1:1935/live/Zk3vQ9xLmP2aBc7dEf8g: I/O error";
        assertThat(StreamKeyMaskingCustomizer.mask(ffmpeg))
                .isEqualTo("[in#0 @ 0x5] Error opening input rtmp://127.0.0.1:1935/live/••••••••Ef8g: I/O error");
        String control = "java.net.ConnectException: http://127.0.0.1:8181/control/drop/publisher?app=live&name=Zk3vQ9xL_-aBc";
        assertThat(StreamKeyMaskingCustomizer.mask(control)).endsWith("app=live&name=••••••••-aBc")
                .doesNotContain("Zk3vQ9xL");
    }

    @Test
    void text_without_urls_is_left_alone() {
        assertThat(StreamKeyMaskingCustomizer.mask("publish ended (nginx exited): A/••••••••cdef"))
                .isEqualTo("publish ended (nginx exited): A/••••••••cdef");
        assertThat(StreamKeyMaskingCustomizer.mask("rtmp://host:1935/live")).isEqualTo("rtmp://host:1935/live");
    }
}
