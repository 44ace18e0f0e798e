package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmbedDomainParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @ValueSource(strings = {
            "https://customer.example", "customer.example/path", "customer.example:8443", "customer",
            "localhost", "192.168.1.10", "10.0.0.1", "[::1]", "::1", "cust omer.example", "customer..example",
            ".customer.example", "customer.example.", "-customer.example", "customer-.example", "cust_omer.example",
            "*", "*.", "*.com.", "customer.*.example", "*customer.example", "**.customer.example", "kunde.bücher.example",
            "user@customer.example", "customer.example?x=1", "customer.example#top", "customer.123",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example"})
    void refuses_what_is_not_a_host_name_and_names_the_entry(String entry) {
        EmbedDomainInput input = EmbedDomainParser.parse("good.example\n" + entry);

        assertThat(input.valid()).isFalse();
        assertThat(input.domains()).isEmpty();
        assertThat(input.problem()).isEqualTo(new EmbedDomainInput.Problem(EmbedDomainInput.Kind.NOT_A_HOST_NAME, entry.strip()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "customer.example | customer.example",
            "Customer.EXAMPLE | customer.example",
            "  www.customer.example  | www.customer.example",
            "a.b.c.customer.example | a.b.c.customer.example",
            "xn--bcher-kva.example | xn--bcher-kva.example",
            "my-site.co.uk | my-site.co.uk",
            "*.customer.example | *.customer.example",
            "1live.example | 1live.example"})
    void accepts_host_names_and_wildcards_in_lower_case(String entry, String normalised) {
        assertThat(EmbedDomainParser.parse(entry)).isEqualTo(new EmbedDomainInput(List.of(normalised), null));
    }

    @Test
    void takes_entries_one_per_line_or_comma_separated_and_drops_duplicates_in_order() {
        EmbedDomainInput input = EmbedDomainParser.parse("b.example, a.example\r\n\n  B.example ,,c.example\n");

        assertThat(input.domains()).containsExactly("b.example", "a.example", "c.example");
        assertThat(input.valid()).isTrue();
    }

    @Test
    void an_empty_field_means_any_site() {
        assertThat(EmbedDomainParser.parse(" \n , ")).isEqualTo(new EmbedDomainInput(List.of(), null));
    }

    @Test
    void takes_twenty_domains_and_refuses_the_twenty_first_naming_it() {
        String twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "site" + i + ".example").collect(Collectors.joining("\n"));

        assertThat(EmbedDomainParser.parse(twenty + "\nSITE1.example").domains()).hasSize(20);
        assertThat(EmbedDomainParser.parse(twenty + "\nsite21.example").problem())
                .isEqualTo(new EmbedDomainInput.Problem(EmbedDomainInput.Kind.TOO_MANY, "site21.example"));
    }
}
