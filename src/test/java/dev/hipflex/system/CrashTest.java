package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A success message means the data is on disk: a runner logs sessions one after another while the
 * application is killed hard (SIGKILL); started again on the same data directory, it has every session
 * whose log was answered with success, each exactly once. The default database (H2 in files) is tested;
 * PostgreSQL makes commits durable with fsync by default.
 */
class CrashTest {

	private static final Pattern SAVED = Pattern.compile("/journal/\\d+");

	@TempDir
	Path tmp;

	@Test
	@Timeout(value = 8, unit = TimeUnit.MINUTES)
	void everySessionAcknowledgedBeforeAKillIsThereOnceAfterARestart() throws Exception {
		Path dataDir = tmp.resolve("data");
		String email = "crash-" + UUID.randomUUID() + "@example.org";
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		CountDownLatch enough = new CountDownLatch(40);
		try (AppProcess app = AppProcess.start(dataDir)) {
			Browser runner = new Browser(app.port);
			register(runner, email);
			Thread client = new Thread(() -> logUntilTheServerDies(runner, acknowledged, enough), "crash-client");
			client.start();
			assertThat(enough.await(120, TimeUnit.SECONDS)).as("sessions logged before the kill").isTrue();
			app.killHard();
			client.join(TimeUnit.SECONDS.toMillis(60));
			assertThat(client.isAlive()).isFalse();
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

		try (AppProcess again = AppProcess.start(dataDir)) {
			Browser runner = new Browser(again.port);
			assertThat(runner.logIn(email, Runners.PASSWORD)).isTrue();
			String csv = runner.get("/journal/export.csv").body();
			Map<String, Integer> found = new java.util.TreeMap<>();
			acknowledged.forEach(note -> found.put(note, occurrences(csv, note)));
			assertThat(found).as("acknowledged sessions (of %s) found after the restart", acknowledged.size())
				.allSatisfy((note, count) -> assertThat(count).as(note).isEqualTo(1));
			again.terminate();
			again.awaitExit(Duration.ofSeconds(60));
		}
	}

	/** Logs sessions with unique notes, remembering those answered with the success redirect. */
	private static void logUntilTheServerDies(Browser runner, Set<String> acknowledged, CountDownLatch enough) {
		try {
			runner.get("/journal/new");
			for (int i = 0;; i++) {
				String note = "crash-note-" + i + "-" + UUID.randomUUID();
				HttpResponse<String> response = runner.post("/journal", Map.of("date",
						"2024-05-06", "effort", "5", "painDuring", "1", "notes", note));
				if (response.statusCode() == 302
						&& SAVED.matcher(response.headers().firstValue("Location").orElse("")).find()) {
					acknowledged.add(note);
					enough.countDown();
				}
			}
		}
		catch (IOException | InterruptedException killed) {
			// The server died mid-request: that session was not acknowledged.
		}
	}

	static void register(Browser browser, String email) throws IOException, InterruptedException {
		browser.get("/register");
		HttpResponse<String> registered = browser.post("/register",
				Map.of("email", email, "password", Runners.PASSWORD, "passwordRepeated", Runners.PASSWORD, "age",
						"16-or-older", "healthDataConsent", "true"));
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();
	}

	private static int occurrences(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
