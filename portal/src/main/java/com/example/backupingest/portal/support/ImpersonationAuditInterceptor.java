package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.portal.security.AuditedResult;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.StateChanging;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The one place where actions taken while impersonating are audited: every call of a
 * {@link StateChanging} service method (found by an advisor, whichever feature declares it). Outside
 * an impersonation it only passes the call on. Inside one, the action and its audit row share one
 * transaction (an action whose row cannot be written does not happen), the row carries the agent
 * and the customer, and the log line names the agent as the one acting for the customer.
 */
final class ImpersonationAuditInterceptor implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ImpersonationAuditInterceptor.class);
    private static final int MAX_DETAIL = 1000;

    private final ObjectProvider<CurrentUser> currentUser;
    private final ObjectProvider<AuditTrail> trail;
    private final ObjectProvider<AuditClock> clock;
    private final ObjectProvider<TransactionOperations> transactions;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    /** Looked up lazily: an advisor is created before most beans. */
    ImpersonationAuditInterceptor(ObjectProvider<CurrentUser> currentUser, ObjectProvider<AuditTrail> trail,
            ObjectProvider<AuditClock> clock, ObjectProvider<TransactionOperations> transactions,
            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
        this.transactions = transactions;
        this.strategies = strategies;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        CurrentUser user = currentUser.getObject();
        Optional<String> agent = user.impersonatingAgent();
        if (agent.isEmpty()) {
            return invocation.proceed();
        }
        Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(),
                Objects.requireNonNull(invocation.getThis()).getClass());
        StateChanging marker = Objects.requireNonNull(AnnotatedElementUtils.findMergedAnnotation(method,
                StateChanging.class), "no @StateChanging on " + method);
        AuditAction action = AuditAction.valueOf(marker.value());
        String customer = user.require().getUsername();
        long accountId = user.requireAccountId();
        Optional<ImpersonationDetails> session = ImpersonationDetails.of(
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).getContext().getAuthentication());
        try {
            return transactions.getObject().execute(status -> {
                Object result = proceed(invocation);
                detail(method, invocation.getArguments(), result).ifPresent(detail -> {
                    trail.getObject().append(new AuditRecord(clock.getObject().now(), agent.get(), accountId,
                            customer, action, session.map(ImpersonationDetails::reason).orElse(null),
                            detail.isEmpty() ? null : detail, session.map(ImpersonationDetails::marker).orElse(null)));
                    log.info("Support agent {} for customer {} (account id {}): {}{}", agent.get(), customer,
                            accountId, action, detail.isEmpty() ? "" : " " + detail);
                });
                return result;
            });
        } catch (UndeclaredThrowableException e) {
            throw e.getUndeclaredThrowable();
        }
    }

    private static @Nullable Object proceed(MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new UndeclaredThrowableException(t);
        }
    }

    /** The audited parameters and the result's facts; empty when the result says nothing changed. */
    static Optional<String> detail(Method method, Object[] arguments, @Nullable Object result) {
        List<String> parts = new ArrayList<>();
        MethodParameter[] parameters = new AnnotatedMethod(method).getMethodParameters();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            if (parameters[i].hasParameterAnnotation(AuditDetail.class)) {
                parts.add(text(arguments[i]));
            }
        }
        if (result instanceof AuditedResult audited) {
            String facts = audited.auditDetail();
            if (facts == null) {
                return Optional.empty();
            }
            parts.add(facts);
        }
        String text = String.join(" · ", parts);
        return Optional.of(text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…");
    }

    private static String text(@Nullable Object value) {
        if (value instanceof Boolean on) {
            return on ? "on" : "off";
        }
        return String.valueOf(value);
    }
}
