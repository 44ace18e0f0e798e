package com.example.backupingest.portal.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.booking.*}. {@code maxSlots}: most slots (base + extra) one booking may occupy;
 * every content takes two, so a booking holds at most {@code maxSlots / 2} contents.
 */
@ConfigurationProperties("portal.booking")
public record BookingProperties(@DefaultValue("20") int maxSlots) {

    public int maxContents() {
        return maxSlots / 2;
    }
}
