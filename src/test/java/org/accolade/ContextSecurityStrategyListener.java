package org.accolade;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every application context installs its own security context holder strategy in the static
 * {@link SecurityContextHolder} (Vaadin's configuration does), and its method security reads that instance. When a
 * cached context is used again after another was created, tests would sign in through the other one's strategy:
 * before each test, the strategy of the test's own context is put back, before any test user is set in it.
 */
public class ContextSecurityStrategyListener extends AbstractTestExecutionListener {

    /** Before Spring Security's own listener, which puts {@code @WithMockUser}'s user in the strategy. */
    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
