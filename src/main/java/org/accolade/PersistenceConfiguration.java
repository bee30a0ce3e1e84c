package org.accolade;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration
class PersistenceConfiguration {

    /**
     * Unquoted table and column names, so that H2 (which folds them to upper case) and PostgreSQL (lower case)
     * both find the tables that the same Flyway scripts created. (Single-query loading of aggregates was measured
     * slower on PostgreSQL than a statement per collection; see docs/benchmarks.md.)
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
