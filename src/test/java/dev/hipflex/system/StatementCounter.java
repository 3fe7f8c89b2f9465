package dev.hipflex.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the application prepares or runs, whoever sends it (Hibernate, a JdbcTemplate,
 * Spring Session): the application's {@link DataSource} is wrapped so that its connections note each statement.
 * Import it into a test ({@code @Import(StatementCounter.Configuration.class)}) and read {@link #during}.
 */
public final class StatementCounter {

	private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	private StatementCounter() {
	}

	/** The statements sent while the action ran. */
	public static List<String> during(ThrowingRunnable action) throws Exception {
		statements.clear();
		action.run();
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
				}
			};
		}

	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(Object target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			noteStatement(method, args);
			Object result = invoke(target, method, args);
			if (result instanceof Connection connection && !(result instanceof Proxy)) {
				return wrap(connection, Connection.class);
			}
			if (result instanceof java.sql.Statement statement && !(result instanceof Proxy)
					&& method.getName().equals("createStatement")) {
				return wrap(statement, java.sql.Statement.class);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static void noteStatement(Method method, Object[] args) {
		String name = method.getName();
		if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
				&& args[0] instanceof String sql) {
			statements.add(sql);
		}
		else if ((name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate"))
				&& args != null && args.length > 0 && args[0] instanceof String sql) {
			statements.add(sql);
		}
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
