package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds whom an agent acts as: the first enabled CUSTOMER user of an account. Deliberately no
 * UserDetailsService bean (a second one would disable the login's own); the filter adapts it.
 * SUPPORT users have no account, and the query asks for role CUSTOMER as well.
 */
@Component
@Transactional(readOnly = true)
class ImpersonationTargets {

    private final JdbcClient jdbc;

    ImpersonationTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PortalUser customerOf(long accountId) {
        return find(accountId)
                .orElseThrow(() -> new ImpersonationRefusedException("no enabled customer user in that account"));
    }

    Optional<PortalUser> find(long accountId) {
        return jdbc.sql("select username, account_id, display_name, locale from app_user"
                        + " where account_id = ? and role = 'CUSTOMER' and enabled = true"
                        + " order by id fetch first 1 rows only")
                .param(accountId)
                .query((rs, row) -> new PortalUser(rs.getString("username"), null, Role.CUSTOMER,
                        rs.getLong("account_id"), rs.getString("display_name"),
                        Locale.forLanguageTag(rs.getString("locale"))))
                .optional();
    }

    /** The second guard, run by the SwitchUserFilter on whatever it loaded: only customers. */
    static void requireCustomer(Object user) {
        if (!(user instanceof PortalUser portalUser) || portalUser.role() != Role.CUSTOMER
                || portalUser.accountId() == null) {
            throw new ImpersonationRefusedException("only customer users can be impersonated");
        }
    }
}
