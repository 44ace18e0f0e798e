package com.example.backupingest.monitor.viewer;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code monitor.viewers.edge-ports} lists at least one port (comma list or indexed). */
public final class OnEdgePorts extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean any = Binder.get(context.getEnvironment())
                .bind("monitor.viewers.edge-ports", Bindable.listOf(Integer.class))
                .map(ports -> !ports.isEmpty()).orElse(false);
        return any ? ConditionOutcome.match("monitor.viewers.edge-ports is set")
                : ConditionOutcome.noMatch("no monitor.viewers.edge-ports");
    }
}
