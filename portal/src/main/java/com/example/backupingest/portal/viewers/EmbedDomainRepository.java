package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.Actor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The allowed domains per content (V6), replaced as a whole; who changed them last is kept beside. */
@Repository
class EmbedDomainRepository {

    private final JdbcClient jdbc;

    EmbedDomainRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> domains(String contentId) {
        return jdbc.sql("select domain from embed_domain where content_id = ? order by position")
                .param(contentId).query(String.class).list();
    }

    @Transactional
    void replace(String contentId, List<String> domains, Actor actor, Instant instant) {
        // OffsetDateTime: the type both H2 and PostgreSQL's driver bind to "timestamp with time zone".
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
        jdbc.sql("delete from embed_domain where content_id = ?").param(contentId).update();
        for (int i = 0; i < domains.size(); i++) {
            jdbc.sql("insert into embed_domain (content_id, domain, position) values (?, ?, ?)")
                    .params(contentId, domains.get(i), i).update();
        }
        int updated = jdbc.sql("update embed_domain_change set changed_at = ?, changed_by = ?, changed_by_agent = ?"
                        + " where content_id = ?")
                .params(at, actor.username(), actor.supportAgent(), contentId).update();
        if (updated == 0) {
            jdbc.sql("insert into embed_domain_change (content_id, changed_at, changed_by, changed_by_agent)"
                            + " values (?, ?, ?, ?)")
                    .params(contentId, at, actor.username(), actor.supportAgent()).update();
        }
    }
}
