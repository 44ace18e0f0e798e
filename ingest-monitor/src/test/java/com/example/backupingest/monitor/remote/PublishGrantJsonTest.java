package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.ContentCheck;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Issue 16: a content's picture and sound checks reach an ingest host inside the grant's JSON; an older portal's grant gets the defaults. */
class PublishGrantJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_checks_survive_the_way_from_the_portal_to_the_ingest_host() {
        ContentChecks checks = ContentChecks.DEFAULT
                .with(ContentCheck.FROZEN, new ContentChecks.Setting(false, Duration.ofSeconds(30)))
                .with(ContentCheck.SILENT, new ContentChecks.Setting(true, Duration.ofSeconds(1)));
        PublishGrant grant = new PublishGrant(7, "c1", Entrypoint.BACKUP, 2, checks);

        assertThat(json.readValue(json.writeValueAsString(grant), PublishGrant.class)).isEqualTo(grant);
    }

    @Test
    void a_grant_without_checks_from_an_older_portal_gets_the_defaults() {
        PublishGrant grant = json.readValue("{\"accountId\":7,\"contentId\":\"c1\",\"entrypoint\":\"PRIMARY\",\"edgeCount\":1}",
                PublishGrant.class);
        assertThat(grant.checks()).isEqualTo(ContentChecks.DEFAULT);
    }
}
