package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Imports run one at a time per runner, as well as a few at a time in all, so no runner can hold every
 * place: through the real server, a runner's import is held inside the import while the same runner sends
 * ten more at once and another runner sends one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvImportsAtOnceTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@MockitoSpyBean
	CsvService csv;

	private final ExecutorService threads = Executors.newFixedThreadPool(12);

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void aRunnersSecondImportIsAskedToWaitWhileAnotherRunnersImportProceeds() throws Exception {
		CurrentRunner busy = Runners.create(accounts, "imports-busy");
		Browser busyBrowser = loggedIn(busy);
		CurrentRunner other = Runners.create(accounts, "imports-other");
		Browser otherBrowser = loggedIn(other);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger entered = new AtomicInteger();
		doAnswer(invocation -> {
			entered.incrementAndGet();
			inside.countDown();
			assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
			return invocation.callRealMethod();
		}).when(csv).importCsv(eq(busy.id()), any());

		Future<HttpResponse<String>> first = threads.submit(() -> upload(busyBrowser, file(1)));
		assertThat(inside.await(30, TimeUnit.SECONDS)).as("the first import has started").isTrue();

		CountDownLatch gate = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> more = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			more.add(threads.submit(() -> {
				gate.await();
				return upload(busyBrowser, file(2));
			}));
		}
		Future<HttpResponse<String>> others = threads.submit(() -> {
			gate.await();
			return upload(otherBrowser, file(3));
		});
		gate.countDown();

		for (Future<HttpResponse<String>> answer : more) {
			HttpResponse<String> refused = answer.get(30, TimeUnit.SECONDS);
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(Jsoup.parse(refused.body()).select(".error-summary").text())
				.contains("Your previous import is still running");
		}
		HttpResponse<String> othersAnswer = others.get(30, TimeUnit.SECONDS);
		assertThat(othersAnswer.statusCode()).as("another runner's import, while the first still runs")
			.isEqualTo(302);
		assertThat(Journals.sessions(jdbc, other)).isEqualTo(1);
		assertThat(first.isDone()).isFalse();

		release.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
		assertThat(entered).as("the refused imports never started").hasValue(1);
		assertThat(Journals.sessions(jdbc, busy)).isEqualTo(1);
		assertThat(upload(busyBrowser, file(4)).statusCode()).as("the runner's place is free again").isEqualTo(302);
		assertThat(Journals.sessions(jdbc, busy)).isEqualTo(2);
	}

	private Browser loggedIn(CurrentRunner runner) throws Exception {
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		browser.get(CsvController.IMPORT);
		return browser;
	}

	/** A one-session file; {@code effort} tells the files apart. */
	private byte[] file(int effort) {
		return (String.join(",", CsvFormat.HEADER) + "\r\n1," + LocalDate.now(clock).minusDays(1) + ",," + effort
				+ ",1,,,glute-bridge,1,10,,,,BOTH\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> upload(Browser browser, byte[] file) throws Exception {
		String boundary = "hipflex-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"journal.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return browser.send(browser.request(CsvController.IMPORT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", browser.csrf())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

}
