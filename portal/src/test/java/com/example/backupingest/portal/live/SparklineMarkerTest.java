package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineMarkerTest {

    @Test
    void finds_the_sparkline_values_of_a_pushed_message_by_the_hash_of_the_server_side_text() {
        List<Long> primary = List.of(0L, 0L, 812L, 790L, 805L, 799L, 801L, 803L, 800L);
        List<Long> backup = List.of(0L, 0L, 0L, 640L, 650L, 655L, 651L, 649L, 652L);
        String message = "1234|{\"syncId\":7,\"changes\":[{\"node\":40,\"type\":\"put\",\"key\":\"values\",\"feat\":3,\"value\":\""
                + SparklineMarker.text(primary) + "\"},{\"node\":52,\"type\":\"put\",\"key\":\"values\",\"feat\":3,"
                + "\"value\":\"" + SparklineMarker.text(backup) + "\"},{\"node\":60,\"key\":\"text\",\"value\":\"1,2,3\"}]}";

        assertThat(SparklineMarker.find(message)).containsExactly(
                SparklineMarker.hash(SparklineMarker.text(primary)), SparklineMarker.hash(SparklineMarker.text(backup)));
    }

    @Test
    void a_message_without_sparkline_values_has_no_marker() {
        assertThat(SparklineMarker.find("40|{\"syncId\":8,\"changes\":[{\"value\":\"0:01:02\"}]}")).isEmpty();
    }
}
