package com.example.backupingest.portal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    @Test
    void two_contents_with_backup_on_two_base_slots_need_two_extra_slots() {
        SlotPlan plan = SlotCalculator.plan(2, List.of("Saal 1", "Saal 2"), true);

        assertThat(plan.slotsNeeded()).isEqualTo(4);
        assertThat(plan.extraSlots()).isEqualTo(2);
        assertThat(plan.totalSlots()).isEqualTo(4);
        assertThat(plan.assignments()).containsExactly(
                new SlotAssignment(1, "Saal 1", Entrypoint.PRIMARY, false),
                new SlotAssignment(2, "Saal 1", Entrypoint.BACKUP, false),
                new SlotAssignment(3, "Saal 2", Entrypoint.PRIMARY, true),
                new SlotAssignment(4, "Saal 2", Entrypoint.BACKUP, true));
    }

    @Test
    void unused_base_slots_stay_free_and_no_extra_slots_are_booked() {
        SlotPlan plan = SlotCalculator.plan(4, List.of("Livestream"), true);

        assertThat(plan.extraSlots()).isZero();
        assertThat(plan.assignments()).filteredOn(SlotAssignment::free).extracting(SlotAssignment::number)
                .containsExactly(3, 4);
    }
}
