package com.example.backupingest.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.example.backupingest.monitor.app.MonitorCommonAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking backend uses JPA: the outbox row (plain JDBC) must land in the same JPA transaction,
 * visible to the EntityManager before commit and gone with a rollback.
 */
@SpringBootTest(classes = OutboxInJpaTransactionTest.JpaSlice.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-jpa;DB_CLOSE_DELAY=-1", "portal.mail.embedded-smtp.enabled=false",
        "portal.mail.poll-interval=1h", "spring.mail.host=127.0.0.1", "spring.mail.port=1"})
class OutboxInJpaTransactionTest {

    @Configuration(proxyBeanMethods = false)
    @Import(MailConfiguration.class)
    @ImportAutoConfiguration({MonitorCommonAutoConfiguration.class, DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
            MailSenderAutoConfiguration.class})
    static class JpaSlice {
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired PlatformTransactionManager transactionManager;
    @PersistenceContext EntityManager entityManager;

    @Test
    void outbox_row_joins_the_jpa_transaction_of_the_booking() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
        String to = "jpa@customer.example";

        tx.executeWithoutResult(status -> {
            events.publishEvent(BookingEvents.booked(Locale.ENGLISH, to));
            assertThat(countVia(to)).as("same connection sees the uncommitted row").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat((long) tx.execute(status -> countVia(to))).isZero();

        tx.executeWithoutResult(status -> events.publishEvent(BookingEvents.booked(Locale.ENGLISH, to)));
        assertThat((long) tx.execute(status -> countVia(to))).isEqualTo(1);
    }

    private long countVia(String to) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?1")
                .setParameter(1, to).getSingleResult()).longValue();
    }
}
