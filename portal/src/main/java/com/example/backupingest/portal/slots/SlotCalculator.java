package com.example.backupingest.portal.slots;

import com.example.backupingest.monitor.api.Entrypoint;
import java.util.ArrayList;
import java.util.List;

/** Pure slot arithmetic: each content needs one slot per entrypoint (product text point 9). */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    public static SlotPlan plan(int baseSlots, List<String> contentNames, boolean backup) {
        int perContent = backup ? 2 : 1;
        int needed = contentNames.size() * perContent;
        int extra = Math.max(0, needed - baseSlots);
        List<SlotAssignment> assignments = new ArrayList<>();
        int number = 1;
        for (String name : contentNames) {
            assignments.add(new SlotAssignment(number, name, Entrypoint.PRIMARY, number > baseSlots));
            number++;
            if (backup) {
                assignments.add(new SlotAssignment(number, name, Entrypoint.BACKUP, number > baseSlots));
                number++;
            }
        }
        for (; number <= baseSlots + extra; number++) {
            assignments.add(new SlotAssignment(number, null, null, number > baseSlots));
        }
        return new SlotPlan(contentNames.size(), backup, needed, baseSlots, extra, List.copyOf(assignments));
    }
}
