package com.example.backupingest.portal.streamsetup;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One indexed query per look-up (content_id is unique); no account or key rows are touched. */
@Repository
class JdbcPublicContents implements PublicContents {

    private final JdbcClient jdbc;

    JdbcPublicContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublicContent> find(String contentId) {
        return jdbc.sql("select content_id, account_id, name from content where content_id = ? and active = true")
                .param(contentId)
                .query((rs, row) -> new PublicContent(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }
}
