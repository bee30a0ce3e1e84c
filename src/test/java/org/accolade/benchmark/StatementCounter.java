package org.accolade.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts the SQL statements the application prepares, by statement shape: what a lifecycle costs the database. */
class StatementCounter implements BeanPostProcessor {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder engine = new LongAdder();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> method.getName()
                    .equals("getConnection") ? proxy(Connection.class, (Connection) invoke(target, method, args),
                            this::countPrepared) : invoke(target, method, args));
        }
        return bean;
    }

    private Object countPrepared(Object connection, java.lang.reflect.Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args.length > 0 && args[0] instanceof String sql) {
            counts.computeIfAbsent(shape(sql), k -> new LongAdder()).increment();
            if (sql.toUpperCase(Locale.ROOT).contains("ACT_")) {
                engine.increment();
            }
        }
        return invoke(connection, method, args);
    }

    void reset() {
        counts.clear();
        engine.reset();
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Statements on Camunda's tables (their names start with ACT_). */
    long engine() {
        return engine.sum();
    }

    /** The most frequent statements, per lifecycle. */
    String top(int limit, int lifecycles) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(limit)
                .map(e -> String.format(Locale.ROOT, "  %5.1f  %s", e.getValue().sum() / (double) lifecycles,
                        e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    private static String shape(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 110 ? flat.substring(0, 110) : flat;
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (InvocationHandler) (p, method, args) -> handler.handle(target, method, args == null ? new Object[0]
                        : args));
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }
}
