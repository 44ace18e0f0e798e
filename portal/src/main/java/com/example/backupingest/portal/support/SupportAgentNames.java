package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.ReadsOnly;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name a customer reads for a support agent (its display name, "Sam Support"), not the login
 * the audit stores: a login like "support" reads like the customer's own. Falls back to the login
 * for agents that no longer exist.
 */
@Component
public class SupportAgentNames {

    private final JdbcClient jdbc;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    SupportAgentNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ReadsOnly
    public String of(String agentUsername) {
        return names.computeIfAbsent(agentUsername, login -> jdbc
                .sql("select display_name from app_user where username = ? and role = 'SUPPORT'")
                .param(login).query(String.class).optional().filter(n -> !n.isBlank()).orElse(login));
    }
}
