package com.example.backupingest.monitor.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeSegmentTest {

    @Test
    void an_edge_segment_name_gives_its_sequence_number() {
        assertThat(EdgeSegment.sequence("seg-0.ts")).hasValue(0);
        assertThat(EdgeSegment.sequence("seg-123456789012345678.ts")).hasValue(123456789012345678L);
    }

    @Test
    void any_other_name_gives_none() {
        assertThat(EdgeSegment.sequence("seg-.ts")).isEmpty();
        assertThat(EdgeSegment.sequence("seg-1234567890123456789.ts")).as("past 18 digits").isEmpty();
        assertThat(EdgeSegment.sequence("seg-1xts")).isEmpty();
        assertThat(EdgeSegment.sequence("../seg-1.ts")).isEmpty();
        assertThat(EdgeSegment.sequence("seg1.ts")).isEmpty();
    }
}
