package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Unit level, next to the real-HTTP proof of the defaults ({@code live/ViewerSeatsAttackTest}): the
 * portal's own wiring ({@link AssignmentConfiguration}, lazily, so only the limiter is built) binds
 * {@code portal.viewers.per-client.*} to the limiter, so an operator's values are the ones enforced.
 */
class AssignmentLimitIsConfigurableTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AssignmentProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withBean(LazyInitializationBeanFactoryPostProcessor.class)
            .withUserConfiguration(Properties.class, AssignmentConfiguration.class);

    @Test
    void five_tickets_per_second_give_one_address_five_and_refuse_the_sixth_while_another_address_gets_its_own()
            throws Exception {
        portal.withPropertyValues("portal.viewers.per-client.tickets=5", "portal.viewers.per-client.per=1s")
                .run(context -> {
                    AssignmentLimiter limiter = context.getBean(AssignmentLimiter.class);

                    assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.take("203.0.113.7")))
                            .as("the burst of five").allSatisfy(taken -> assertThat(taken).isEmpty());
                    Optional<Duration> sixth = limiter.take("203.0.113.7");
                    // one ticket comes back every 1 s / 5 = 200 ms (the default would be 10 s / 100 = 100 ms)
                    assertThat(sixth).as("the sixth: refused until one refilled")
                            .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMillis(120),
                                    Duration.ofMillis(200)));
                    assertThat(limiter.take("203.0.113.8")).as("another address").isEmpty();
                });
    }

    @Test
    void the_defaults_are_a_burst_of_one_hundred() {
        portal.run(context -> {
            AssignmentLimiter limiter = context.getBean(AssignmentLimiter.class);

            assertThat(IntStream.range(0, 100).mapToObj(i -> limiter.take("203.0.113.9")))
                    .allSatisfy(taken -> assertThat(taken).isEmpty());
            assertThat(limiter.take("203.0.113.9")).isPresent();
        });
    }
}
