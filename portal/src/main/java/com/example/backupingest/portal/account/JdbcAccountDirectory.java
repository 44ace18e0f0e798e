package com.example.backupingest.portal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain SQL over the {@code account} table. JdbcClient instead of JPA: the queries are few, the
 * row lock ({@code for update}) stays visible in the SQL, and the same statements run on H2 and
 * PostgreSQL.
 */
@Repository
class JdbcAccountDirectory implements AccountDirectory {

    private static final String COLUMNS =
            "id, number, company_name, contact_email, base_plan, viewer_seats, livestream_slots, locale";

    private final JdbcClient jdbc;

    JdbcAccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountSummary> find(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?")
                .param(accountId)
                .query(JdbcAccountDirectory::map)
                .optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AccountSummary lockForUpdate(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ? for update")
                .param(accountId)
                .query(JdbcAccountDirectory::map)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    }

    /** Case-insensitive substring match on company, e-mail or number; LIKE wildcards in the query are literal. */
    List<AccountSummary> search(String query, int limit) {
        String pattern = "%" + query.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbc.sql("select " + COLUMNS + " from account"
                        + " where lower(company_name) like :p escape '!' or lower(contact_email) like :p escape '!'"
                        + " or lower(number) like :p escape '!' order by company_name, id fetch first " + limit + " rows only")
                .param("p", pattern)
                .query(JdbcAccountDirectory::map)
                .list();
    }

    private static AccountSummary map(ResultSet rs, int row) throws SQLException {
        return new AccountSummary(rs.getLong("id"), rs.getString("number"), rs.getString("company_name"),
                rs.getString("contact_email"), rs.getString("base_plan"), rs.getInt("viewer_seats"),
                rs.getInt("livestream_slots"), Locale.forLanguageTag(rs.getString("locale")));
    }
}
