package com.example.backupingest.portal.slots;

import java.util.List;

/**
 * "N contents x 2 entrypoints = 2N of S slots". {@code baseSlots} are the account's own slots,
 * {@code extraSlots} the slots booked on top because 2N exceeds them; S = base + extra.
 * With {@code backup} false (no add-on) each content uses one slot.
 */
public record SlotPlan(int contents, boolean backup, int slotsNeeded, int baseSlots, int extraSlots,
        List<SlotAssignment> assignments) {

    public int totalSlots() {
        return baseSlots + extraSlots;
    }
}
