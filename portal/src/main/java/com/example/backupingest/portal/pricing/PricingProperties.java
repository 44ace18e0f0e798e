package com.example.backupingest.portal.pricing;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Monthly prices, from configuration ({@code portal.pricing.*}). {@code vatRate} is a fraction
 * (0.19 for 19 %).
 */
@Validated
@ConfigurationProperties("portal.pricing")
public record PricingProperties(Money addOnFee, Money extraSlot, BigDecimal vatRate) {
}
