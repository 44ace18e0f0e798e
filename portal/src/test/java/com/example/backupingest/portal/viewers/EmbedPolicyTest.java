package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedPolicyTest {

    @Test
    void no_domains_means_no_frame_ancestors_directive_and_every_host_may_embed() {
        EmbedPolicy any = new EmbedPolicy(List.of());

        assertThat(any.frameAncestors()).isEmpty();
        assertThat(any.allowsHost("anything.example")).isTrue();
    }

    @Test
    void listed_domains_become_frame_ancestors_with_self_and_both_schemes() {
        EmbedPolicy policy = new EmbedPolicy(List.of("customer.example", "*.partner.example"));

        assertThat(policy.frameAncestors()).contains("frame-ancestors 'self' https://customer.example:* http://customer.example:*"
                + " https://*.partner.example:* http://*.partner.example:*");
    }

    @Test
    void a_wildcard_allows_sub_domains_but_not_the_domain_itself_as_in_csp() {
        EmbedPolicy policy = new EmbedPolicy(List.of("customer.example", "*.partner.example"));

        assertThat(policy.allowsHost("CUSTOMER.example")).isTrue();
        assertThat(policy.allowsHost("www.customer.example")).isFalse();
        assertThat(policy.allowsHost("www.partner.example")).isTrue();
        assertThat(policy.allowsHost("partner.example")).isFalse();
        assertThat(policy.allowsHost("evilpartner.example")).isFalse();
        assertThat(policy.allowsHost("localhost")).isFalse();
    }
}
