package com.example.backupingest.portal.security;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads portal users from {@code app_user}; a disabled user is simply not found. */
@Service
public class PortalUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    public PortalUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        return jdbc.sql("""
                SELECT username, password_hash, role, account_id, display_name, locale
                FROM app_user WHERE LOWER(username) = LOWER(:username) AND enabled = TRUE""")
                .param("username", username.trim())
                .query((rs, row) -> new PortalUser(rs.getString("username"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getObject("account_id", Long.class),
                        rs.getString("display_name"), localeOf(rs.getString("locale"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    private static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? Locale.GERMAN : Locale.forLanguageTag(tag);
    }
}
