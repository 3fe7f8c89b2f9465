package dev.hipflex.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import dev.hipflex.HipFlexApplication;

/**
 * The application as a separate JVM (the test's own classpath), on an H2 database in files under a data
 * directory, as it runs in production: so a test can kill it hard or stop it as an operator would.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	final int port;

	private final Process process;

	private final Path log;

	private AppProcess(int port, Process process, Path log) {
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/** Starts the application on a free port and returns once it reports itself healthy. */
	static AppProcess start(Path dataDir) throws IOException, InterruptedException {
		int port = freePort();
		Path log = Files.createTempFile(dataDir.getParent(), "app-" + port + "-", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
				// The test's own time zone and clock start (.ci/dates.sh sets them in the environment, which the
				// process inherits too; these also carry a -Duser.timezone or -Dhipflex.clock.start given to Maven).
				"-Duser.timezone=" + TimeZone.getDefault().getID(), "-cp", System.getProperty("java.class.path"),
				HipFlexApplication.class.getName(), "--server.port=" + port, "--hipflex.data-dir=" + dataDir.toAbsolutePath(),
				// The production default, which the tests' own configuration replaces with an in-memory database.
				"--spring.datasource.url=" + DatabaseLifecycleTest.PRODUCTION_URL, "--spring.datasource.username=sa",
				"--spring.datasource.password=", "--spring.thymeleaf.cache=true"));
		if (System.getProperty("hipflex.clock.start") != null) {
			command.add("--hipflex.clock.start=" + System.getProperty("hipflex.clock.start"));
		}
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// The suite's second run points SPRING_DATASOURCE_* at PostgreSQL; this process runs the H2 default.
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
		Process process = builder.start();
		AppProcess app = new AppProcess(port, process, log);
		app.awaitHealthy();
		return app;
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped while starting:\n" + logTail());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		close();
		throw new IllegalStateException("the application did not start in " + START_TIMEOUT + ":\n" + logTail());
	}

	/** SIGKILL on Linux: no shutdown hook, no flush, no goodbye. */
	void killHard() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("not killed");
		}
	}

	/** SIGTERM on Linux: what an operator or a container runtime sends to stop the application. */
	void terminate() {
		process.destroy();
	}

	/** Waits for the process to end; returns its exit code. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("still running after " + timeout + ":\n" + logTail());
		}
		return process.exitValue();
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
