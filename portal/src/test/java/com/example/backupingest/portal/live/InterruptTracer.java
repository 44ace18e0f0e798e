package com.example.backupingest.portal.live;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Soak benchmark only: a Java agent (Byte Buddy) that prints a stack trace to stderr whenever one
 * thread interrupts another, so the soak log shows who interrupts threads that may be inside JDBC
 * (issue 21 point 1). Platform and virtual threads ({@code VirtualThread} overrides interrupt()).
 */
public final class InterruptTracer {

    private InterruptTracer() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .ignore(ElementMatchers.none())
                .type(ElementMatchers.named("java.lang.Thread").or(ElementMatchers.named("java.lang.VirtualThread")))
                .transform((builder, type, loader, module, domain) -> builder.visit(Advice.to(Trace.class)
                        .on(ElementMatchers.named("interrupt").and(ElementMatchers.takesNoArguments()))))
                .installOn(instrumentation);
    }

    /** Inlined into Thread.interrupt(): bootstrap classes only, no string concatenation by indy. */
    public static final class Trace {

        private Trace() {
        }

        @Advice.OnMethodEnter
        static void enter(@Advice.This Thread target) {
            Thread current = Thread.currentThread();
            if (target != current) {
                new Throwable("INTERRUPT-TRACE ".concat(current.getName()).concat(" interrupts ")
                        .concat(target.getName())).printStackTrace();
            }
        }
    }
}
