package com.example.backupingest.portal.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator(
            new PricingProperties(Money.of("49.00", "EUR"), Money.of("29.00", "EUR"), new BigDecimal("0.19")));

    @Test
    void two_extra_slots_cost_the_fee_plus_two_slot_prices_plus_19_percent_vat() {
        PriceBreakdown price = calculator.price(2);

        assertThat(price.addOnFee()).isEqualTo(Money.of("49.00", "EUR"));
        assertThat(price.extraSlots()).isEqualTo(2);
        assertThat(price.extraSlotsTotal()).isEqualTo(Money.of("58.00", "EUR"));
        assertThat(price.net()).isEqualTo(Money.of("107.00", "EUR"));
        assertThat(price.vat()).isEqualTo(Money.of("20.33", "EUR"));
        assertThat(price.gross()).isEqualTo(Money.of("127.33", "EUR"));
    }

    @Test
    void without_extra_slots_only_the_add_on_fee_is_charged() {
        PriceBreakdown price = calculator.price(0);

        assertThat(price.extraSlotsTotal()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(price.net()).isEqualTo(Money.of("49.00", "EUR"));
        assertThat(price.vat()).isEqualTo(Money.of("9.31", "EUR"));
        assertThat(price.gross()).isEqualTo(Money.of("58.31", "EUR"));
    }

    @Test
    void vat_is_rounded_half_up_to_cents() {
        // 49 + 3 x 29 = 136.00 net; 136 x 0.19 = 25.84
        assertThat(calculator.price(3).gross()).isEqualTo(Money.of("161.84", "EUR"));
        // 49 + 1 x 29 = 78.00; 78 x 0.19 = 14.82
        assertThat(calculator.price(1).vat()).isEqualTo(Money.of("14.82", "EUR"));
    }

    @Test
    void negative_extra_slots_are_a_bug() {
        assertThatThrownBy(() -> calculator.price(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
