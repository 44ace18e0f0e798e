package com.example.backupingest.portal.support;

/** Why an impersonation ended; stored as the detail of its IMPERSONATION_ENDED row. */
enum EndCause {
    /** The agent pressed "End" (POST to the exit URL). */
    EXIT,
    /** The agent logged out. */
    LOGOUT,
    /** The HTTP session ended (timeout or invalidated). */
    SESSION_END
}
