package com.example.backupingest.monitor.srt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrtStreamIdTest {

    @Test
    void a_bare_content_id_names_the_content() {
        assertThat(SrtStreamId.parse("k7dx2mqp9a")).contains(new SrtStreamId("k7dx2mqp9a"));
    }

    @Test
    void the_access_control_form_names_the_content_and_must_ask_to_publish() {
        assertThat(SrtStreamId.parse("#!::r=k7dx2mqp9a,m=publish")).contains(new SrtStreamId("k7dx2mqp9a"));
        assertThat(SrtStreamId.parse("#!::m=publish,r=k7dx2mqp9a,u=obs")).contains(new SrtStreamId("k7dx2mqp9a"));
        assertThat(SrtStreamId.parse("#!::r=k7dx2mqp9a,m=request")).isEmpty();
        assertThat(SrtStreamId.parse("#!::m=publish")).isEmpty();
    }

    @Test
    void nothing_else_names_a_content() {
        assertThat(SrtStreamId.parse("")).isEmpty();
        assertThat(SrtStreamId.parse("../../etc/passwd")).isEmpty();
        assertThat(SrtStreamId.parse("a b")).isEmpty();
        assertThat(SrtStreamId.parse("x".repeat(65))).isEmpty();
        assertThat(SrtStreamId.parse("#!::r")).isEmpty();
    }
}
