package com.example.backupingest.monitor.api;

/** Primary and backup differ in one property; a failover would change what viewers get. */
public record Mismatch(String field, String primaryValue, String backupValue) {
}
