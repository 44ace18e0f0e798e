package com.example.backupingest.portal.mail;

import com.example.backupingest.monitor.testing.FreePort;

import org.springframework.test.context.DynamicPropertyRegistry;
import com.example.backupingest.monitor.app.MonitorCommonAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Just the mail feature on real infrastructure (H2, Flyway, JDBC transactions, JavaMail), so the
 * tests do not depend on the rest of the portal's beans. The embedded server stays off; each test
 * class runs its own GreenMail on a free port.
 */
@Configuration(proxyBeanMethods = false)
@Import(MailConfiguration.class)
@ImportAutoConfiguration({MonitorCommonAutoConfiguration.class, DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class})
class MailTestSlice {

    static final String[] PROPERTIES = {
            "portal.mail.embedded-smtp.enabled=false",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.connectiontimeout=2000",
            "spring.mail.properties.mail.smtp.timeout=5000",
            "portal.mail.from=Portal Test <portal@test.example>",
    };

    /** The slice's properties plus the SMTP port of this test class's GreenMail. */
    static void register(DynamicPropertyRegistry registry, int smtpPort) {
        for (String property : PROPERTIES) {
            String[] kv = property.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
        registry.add("spring.mail.port", () -> smtpPort);
    }

    static int freePort() {
        return FreePort.next();
    }
}
