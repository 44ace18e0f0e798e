package com.example.backupingest.portal.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Wires the mail feature: composer, outbox, the listener that fills it and the relay that empties it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailOutboxProperties.class)
class MailConfiguration {

    @Bean
    BookingMailComposer bookingMailComposer(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        return new BookingMailComposer(baseUrl);
    }

    @Bean
    OutboxRepository outboxRepository(JdbcClient jdbc) {
        return new OutboxRepository(jdbc);
    }

    @Bean
    MailOutbox mailOutbox(OutboxRepository repository, Clock clock) {
        return new MailOutbox(repository, clock);
    }

    @Bean
    BookingMailListener bookingMailListener(BookingMailComposer composer, MailOutbox outbox) {
        return new BookingMailListener(composer, outbox);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxRepository repository, JavaMailSender sender, MailOutboxProperties properties,
            Clock clock) throws MessagingException {
        return new OutboxRelay(repository, sender, new MimeMailFactory(sender, properties.from()), properties,
                clock);
    }

    @Bean
    OutboxRelayScheduler outboxRelayScheduler(OutboxRelay relay, MailOutboxProperties properties) {
        return new OutboxRelayScheduler(relay, properties.pollInterval());
    }
}
