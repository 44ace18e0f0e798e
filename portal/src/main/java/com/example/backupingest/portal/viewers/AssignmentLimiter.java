package com.example.backupingest.portal.viewers;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * Tickets per client ({@link ClientAddresses#group}): a token bucket (Bucket4j) of
 * {@code tickets} that refills evenly over {@code per}, so an office behind one NAT starting a
 * town hall gets its burst at once, and one address cannot collect tickets faster. Buckets live in a
 * bounded cache (Caffeine): idle ones are forgotten after two periods, at most {@code trackedClients}.
 */
final class AssignmentLimiter {

    private final LoadingCache<String, Bucket> buckets;

    AssignmentLimiter(AssignmentProperties.PerClient limits) {
        this.buckets = Caffeine.newBuilder().maximumSize(limits.trackedClients())
                .expireAfterAccess(limits.per().multipliedBy(2))
                .build(client -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(limits.tickets()).refillGreedy(limits.tickets(), limits.per()))
                        .build());
    }

    /** Takes one ticket of the client's allowance; empty when taken, else how long until one is back. */
    Optional<Duration> take(String client) {
        ConsumptionProbe probe = buckets.get(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The answer held no ticket (not live, seats full): it does not count. */
    void giveBack(String client) {
        buckets.get(client).addTokens(1);
    }
}
