package org.samverka.storage.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;

/**
 * Wraps a connection so that its transaction knows whether it changed anything: only those
 * are shown to {@link org.samverka.storage.spi.TransactionObserver}s, so reads leave no audit.
 */
final class WriteTracking {

    private static final Set<String> WRITES = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private boolean wrote;

    boolean wrote() {
        return wrote;
    }

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return switch (method.getName()) {
                case "createStatement" -> proxy(Statement.class, result, this::statement);
                case "prepareStatement" -> proxy(PreparedStatement.class, result, this::statement);
                case "prepareCall" -> proxy(CallableStatement.class, result, this::statement);
                default -> result;
            };
        });
    }

    private Object statement(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (WRITES.contains(method.getName())
                || (method.getName().equals("execute") && Boolean.FALSE.equals(result))) {
            wrote = true;
        }
        return result;
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(WriteTracking.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
