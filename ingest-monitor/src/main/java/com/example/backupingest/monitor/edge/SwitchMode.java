package com.example.backupingest.monitor.edge;

/**
 * Which segment of the new source an edge lists first after a switch. Both keep the rule "neither
 * skips nor repeats more than one segment"; they trade a short repeat against a short wait.
 */
public enum SwitchMode {
    /**
     * List the new source's newest finished segment at once, even if it covers (at most one segment
     * of) what the old source already delivered. In parallel mode that segment exists when the
     * primary dies, so players get the backup within a poll of the decision.
     */
    IMMEDIATE,
    /**
     * Wait for the segment that continues the old timeline by program date time: no repeat, but the
     * playlist may pause for up to one segment (players ride it out on their buffer).
     */
    CONTINUOUS
}
