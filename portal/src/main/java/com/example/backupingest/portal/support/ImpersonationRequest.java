package com.example.backupingest.portal.support;

import org.jspecify.annotations.Nullable;

/** The two form fields of a switch: the customer account's id and the agent's reason (ticket or text). */
record ImpersonationRequest(long accountId, String reason) {

    static final int MAX_REASON = 200;

    static ImpersonationRequest of(@Nullable String account, @Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ImpersonationRefusedException("a reason is required");
        }
        if (text.length() > MAX_REASON) {
            throw new ImpersonationRefusedException("the reason is longer than " + MAX_REASON + " characters");
        }
        return new ImpersonationRequest(accountId(account), text);
    }

    static long accountId(@Nullable String account) {
        try {
            return Long.parseLong(account == null ? "" : account.strip());
        } catch (NumberFormatException e) {
            throw new ImpersonationRefusedException("the target must be a customer account id");
        }
    }
}
