package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.security.CurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's mail server: GreenMail on {@code portal.mail.embedded-smtp.port}
 * (default 3025, where {@code spring.mail.port} points by default), archiving to
 * {@code ${portal.data-dir}/mail}. Off with {@code portal.mail.embedded-smtp.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "portal.mail.embedded-smtp.enabled", matchIfMissing = true)
class EmbeddedSmtpConfiguration {

    @Bean
    EmlArchive emlArchive(@Value("${portal.data-dir:./data}") Path dataDir, Clock clock) {
        return new EmlArchive(dataDir.resolve("mail"), clock);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedSmtpServer embeddedSmtpServer(MailOutboxProperties properties, EmlArchive archive) {
        return new EmbeddedSmtpServer(properties.embeddedSmtp().port(), archive);
    }

    @Bean
    EmbeddedMailbox embeddedMailbox(EmlArchive archive, CurrentUser currentUser,
            ObjectProvider<AccountService> accounts) {
        return new EmbeddedMailbox(archive, currentUser, accounts);
    }
}
