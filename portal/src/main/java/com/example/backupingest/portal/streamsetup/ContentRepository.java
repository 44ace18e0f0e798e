package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL over {@code content} and {@code stream_key}. JdbcClient rather than JPA: key rows are
 * secrets, and plain rows keep them out of entity caches, toString and SQL logs of bound entities.
 * Keys are bound as parameters and never concatenated into SQL.
 */
@Repository
class ContentRepository {

    /** An active content of an account. */
    record ContentRow(long id, long accountId, String contentId, String name, int position) {
    }

    /** What a usable key stands for; holds no key. */
    record KeyOwner(long accountId, String contentId, Entrypoint entrypoint, ContentChecks checks) {
    }

    private static final String CHECK_COLUMNS = "black_check, black_seconds, frozen_check, frozen_seconds,"
            + " silent_check, silent_seconds";

    private final JdbcClient jdbc;

    ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContentRow> activeContents(long accountId) {
        return jdbc.sql("select id, account_id, content_id, name, position from content"
                        + " where account_id = ? and active = true order by position, id")
                .param(accountId)
                .query(ContentRow.class)
                .list();
    }

    Optional<ContentRow> activeContent(long accountId, String contentId) {
        return jdbc.sql("select id, account_id, content_id, name, position from content"
                        + " where account_id = ? and content_id = ? and active = true")
                .params(accountId, contentId)
                .query(ContentRow.class)
                .optional();
    }

    /** An active content by its public id, whatever its account (the monitor's SRT callers name it). */
    Optional<ContentRow> activeContentById(String contentId) {
        return jdbc.sql("select id, account_id, content_id, name, position from content"
                        + " where content_id = ? and active = true")
                .param(contentId)
                .query(ContentRow.class)
                .optional();
    }

    long insertContent(long accountId, String contentId, String name, int position) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into content (account_id, content_id, name, position, active) values (?, ?, ?, ?, true)")
                .params(accountId, contentId, name, position)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    void updateContent(long id, String name, int position) {
        jdbc.sql("update content set name = ?, position = ? where id = ?").params(name, position, id).update();
    }

    void deactivate(long id) {
        jdbc.sql("update content set active = false where id = ?").param(id).update();
    }

    boolean contentIdTaken(String contentId) {
        return jdbc.sql("select count(*) from content where content_id = ?").param(contentId)
                .query(Long.class).single() > 0;
    }

    boolean keyTaken(String key) {
        return jdbc.sql("select count(*) from stream_key where key_value = ?").param(key)
                .query(Long.class).single() > 0;
    }

    /** Unrevoked keys of a content by entrypoint. */
    Map<Entrypoint, String> activeKeys(long contentPk) {
        Map<Entrypoint, String> keys = new EnumMap<>(Entrypoint.class);
        jdbc.sql("select entrypoint, key_value from stream_key where content_id = ? and revoked_at is null order by id")
                .param(contentPk)
                .query((rs, row) -> keys.put(Entrypoint.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        return keys;
    }

    /** @throws DuplicateKeyException without the driver's message, which would quote the key */
    void insertKey(long contentPk, Entrypoint entrypoint, String key, Instant now) {
        try {
            jdbc.sql("insert into stream_key (content_id, entrypoint, key_value, created_at) values (?, ?, ?, ?)")
                    .params(contentPk, entrypoint.name(), key, utc(now))
                    .update();
        } catch (DuplicateKeyException collision) {
            throw new DuplicateKeyException("stream key of content " + contentPk + " already taken");
        }
    }

    void revokeKey(long contentPk, Entrypoint entrypoint, Instant now) {
        jdbc.sql("update stream_key set revoked_at = ? where content_id = ? and entrypoint = ? and revoked_at is null")
                .params(utc(now), contentPk, entrypoint.name())
                .update();
    }

    void revokeAllKeys(long contentPk, Instant now) {
        jdbc.sql("update stream_key set revoked_at = ? where content_id = ? and revoked_at is null")
                .params(utc(now), contentPk)
                .update();
    }

    /** The owner of an unrevoked key of an active content, whatever its entrypoint. */
    Optional<KeyOwner> ownerOfUsableKey(String key) {
        return jdbc.sql("select c.account_id, c.content_id, k.entrypoint, c.black_check, c.black_seconds,"
                        + " c.frozen_check, c.frozen_seconds, c.silent_check, c.silent_seconds from stream_key k"
                        + " join content c on c.id = k.content_id"
                        + " where k.key_value = ? and k.revoked_at is null and c.active = true")
                .param(key)
                .query((rs, row) -> new KeyOwner(rs.getLong(1), rs.getString(2), Entrypoint.valueOf(rs.getString(3)),
                        checks(rs, 4)))
                .optional();
    }

    /** The content's picture and sound checks (issue 16). */
    ContentChecks checks(long contentRowId) {
        return jdbc.sql("select " + CHECK_COLUMNS + " from content where id = ?").param(contentRowId)
                .query((rs, row) -> checks(rs, 1)).single();
    }

    void saveChecks(long contentRowId, ContentChecks checks) {
        jdbc.sql("update content set black_check = ?, black_seconds = ?, frozen_check = ?, frozen_seconds = ?,"
                        + " silent_check = ?, silent_seconds = ? where id = ?")
                .params(checks.black().enabled(), seconds(checks.black()), checks.frozen().enabled(),
                        seconds(checks.frozen()), checks.silent().enabled(), seconds(checks.silent()), contentRowId)
                .update();
    }

    private static int seconds(ContentChecks.Setting setting) {
        return (int) setting.threshold().toSeconds();
    }

    private static ContentChecks checks(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new ContentChecks(setting(rs, first), setting(rs, first + 2), setting(rs, first + 4));
    }

    private static ContentChecks.Setting setting(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return new ContentChecks.Setting(rs.getBoolean(column), java.time.Duration.ofSeconds(rs.getInt(column + 1)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
