package com.example.backupingest.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.StateChanging;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps support's audit complete as the portal grows (issue 15, point 6): the audit hook records
 * every {@code @StateChanging} method while an agent impersonates, so every service method a view
 * can reach must say whether it changes the customer's state. A new action without
 * {@code @StateChanging} or {@code @ReadsOnly} fails here, before it can go unaudited.
 */
class StateChangingActionsAreAuditedTest {

    private static final String ROOT = "com.example.backupingest.portal";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void every_service_method_a_view_calls_says_whether_it_changes_the_customers_state() {
        Set<String> unclassified = new TreeSet<>();
        for (JavaClass view : CLASSES) {
            if (!isUi(view)) {
                continue;
            }
            Stream.concat(view.getMethodCallsFromSelf().stream(), view.getMethodReferencesFromSelf().stream())
                    .map(JavaAccess::getTarget)
                    .filter(target -> isService(target.getOwner()))
                    .forEach(target -> resolve(target).filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                            .filter(m -> !classified(m))
                            .ifPresent(m -> unclassified.add(m.getFullName() + " (called from " + view.getSimpleName() + ")")));
        }
        assertThat(unclassified).as("service methods views call without @StateChanging or @ReadsOnly").isEmpty();
    }

    @Test
    void a_method_that_reads_only_calls_no_state_changing_method() {
        Set<String> wrong = new TreeSet<>();
        for (JavaClass owner : CLASSES) {
            for (JavaMethod method : owner.getMethods()) {
                if (!annotatedInHierarchy(method, ReadsOnly.class)) {
                    continue;
                }
                method.getMethodCallsFromSelf().stream().map(JavaAccess::getTarget).map(t -> resolve(t))
                        .flatMap(Optional::stream).filter(m -> annotatedInHierarchy(m, StateChanging.class))
                        .forEach(m -> wrong.add(method.getFullName() + " -> " + m.getFullName()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_audited_action_is_a_known_audit_action_with_german_and_english_text() throws IOException {
        Properties en = bundle("/vaadin-i18n/translations.properties");
        Properties de = bundle("/vaadin-i18n/translations_de.properties");
        Set<String> actions = new TreeSet<>();
        CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(StateChanging.class))
                .forEach(m -> actions.add(m.getAnnotationOfType(StateChanging.class).value()));
        assertThat(actions).contains("FAILOVER_DRILL", "ALERT_MAILS_CHANGED", "EMBED_DOMAINS_CHANGED", "BOOKED");
        for (String action : actions) {
            assertThat(com.example.backupingest.portal.support.AuditAction.valueOf(action)).isNotNull();
            assertThat(action.length()).as("fits support_audit.action").isLessThanOrEqualTo(40);
            assertThat(en).containsKey("support.audit.action." + action);
            assertThat(de).containsKey("support.audit.action." + action);
        }
    }

    private static boolean isUi(JavaClass type) {
        return type.getPackageName().startsWith(ROOT) && (type.getPackageName().endsWith(".ui")
                || type.getPackageName().contains(".ui."));
    }

    /**
     * A feature's API a view calls: not a view, not a value (record, enum, the signed-in user, an
     * exception), not a Vaadin component.
     */
    private static boolean isService(JavaClass type) {
        return type.getPackageName().startsWith(ROOT) && !isUi(type) && !type.isRecord() && !type.isEnum()
                && !type.isAssignableTo("com.vaadin.flow.component.Component") && !type.isAssignableTo(Throwable.class)
                && !type.isAssignableTo("org.springframework.security.core.userdetails.UserDetails");
    }

    private static Optional<JavaMethod> resolve(AccessTarget target) {
        return target instanceof AccessTarget.MethodCallTarget call ? call.resolveMember()
                : target instanceof AccessTarget.MethodReferenceTarget ref ? ref.resolveMember() : Optional.empty();
    }

    private static boolean classified(JavaMethod method) {
        return annotatedInHierarchy(method, StateChanging.class) || annotatedInHierarchy(method, ReadsOnly.class);
    }

    /** On the method or on the method it implements or overrides (interfaces declare most). */
    private static boolean annotatedInHierarchy(JavaCodeUnit method, Class<? extends java.lang.annotation.Annotation> annotation) {
        if (method.isAnnotatedWith(annotation)) {
            return true;
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return Stream.concat(method.getOwner().getAllRawInterfaces().stream(),
                        method.getOwner().getAllRawSuperclasses().stream())
                .map(type -> type.tryGetMethod(method.getName(), parameters))
                .flatMap(Optional::stream).anyMatch(m -> m.isAnnotatedWith(annotation));
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StateChangingActionsAreAuditedTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
