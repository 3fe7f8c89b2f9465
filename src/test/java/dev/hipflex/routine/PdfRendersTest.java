package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * PDFs on the real server, with real threads: renders are bounded however many callers ask at once, the
 * ones that cannot get a turn in time are told to come back (503 with Retry-After, never a 500), and a
 * visitor's PDF is rendered once whatever parameters or method the callers add.
 */
// Two turns rather than the default one, so that the bound is seen with renders side by side.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hipflex.pdf.max-concurrent-renders=2")
class PdfRendersTest {

	static final int CALLERS = 16;

	@LocalServerPort
	int port;

	@MockitoSpyBean
	WeekPdf pdf;

	@Autowired
	AccountService accounts;

	@Autowired
	PdfRenders renders;

	int maxRenders;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final AtomicInteger running = new AtomicInteger();

	final AtomicInteger mostAtOnce = new AtomicInteger();

	final Map<Paper, AtomicInteger> rendered = new ConcurrentHashMap<>();

	final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

	@BeforeEach
	void countRenders() {
		maxRenders = renders.maxConcurrent();
		countRendersThen(invocation -> invocation.callRealMethod());
	}

	@AfterEach
	void stopCallers() {
		callers.shutdownNow();
	}

	@Test
	void sixteenCallersAtOnceGetAtMostTheBoundOfRendersAndNeverAnError() throws Exception {
		Browser runner = runnerWithAWeek();

		List<HttpResponse<String>> answers = atOnce(() -> runner.send(runner.request("/my/week.pdf")));

		assertThat(mostAtOnce.get()).as("renders at once").isBetween(1, maxRenders);
		// How many wait long enough to get a 503 depends on how fast this machine renders: any mix is right.
		assertThat(answers).extracting(HttpResponse::statusCode).isSubsetOf(200, 503).contains(200);
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 503) {
				assertBusyPage(answer);
			}
		}
	}

	@Test
	void aCallerThatGetsNoTurnInTimeIsAskedToComeBack() throws Exception {
		Browser runner = runnerWithAWeek();
		CountDownLatch rendering = new CountDownLatch(maxRenders);
		CountDownLatch finish = new CountDownLatch(1);
		countRendersThen(invocation -> {
			rendering.countDown();
			finish.await(20, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		});
		List<Future<HttpResponse<String>>> taking = new ArrayList<>();
		for (int i = 0; i < maxRenders; i++) {
			taking.add(callers.submit(() -> runner.send(runner.request("/my/week.pdf"))));
		}
		assertThat(rendering.await(20, TimeUnit.SECONDS)).as("every turn taken").isTrue();

		HttpResponse<String> turnedAway = runner.send(runner.request("/my/week.pdf"));
		finish.countDown();

		assertBusyPage(turnedAway);
		for (Future<HttpResponse<String>> answer : taking) {
			assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).as("the callers that had a turn").isEqualTo(200);
		}
		assertThat(runner.send(runner.request("/my/week.pdf")).statusCode()).as("once the turns are free").isEqualTo(200);
	}

	@Test
	void sixteenVisitorsWithMadeUpParametersGetOneRender() throws Exception {
		List<HttpResponse<byte[]>> answers = atOnce(() -> visitor("GET", "/week.pdf?paper=letter&cb=" + UUID.randomUUID(),
				HttpResponse.BodyHandlers.ofByteArray()));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(answers).extracting(HttpResponse::body).allSatisfy(body -> assertThat(body).isEqualTo(answers.get(0).body()));
		assertThat(rendered.get(Paper.LETTER)).as("renders of the letter PDF").hasValue(1);
	}

	@Test
	void headIsAnsweredFromTheKeptPdfAndKeepsItForGet() throws Exception {
		HttpResponse<Void> head = visitor("HEAD", "/week.pdf?cb=1", HttpResponse.BodyHandlers.discarding());
		HttpResponse<byte[]> get = visitor("GET", "/week.pdf?cb=2", HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<Void> headAgain = visitor("HEAD", "/week.pdf?cb=3", HttpResponse.BodyHandlers.discarding());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(get.body()).startsWith("%PDF".getBytes());
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);
		assertThat(headAgain.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);
		assertThat(headAgain.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(rendered.get(Paper.A4)).as("renders of the A4 PDF").hasValue(1);
	}

	private void countRendersThen(Answer<?> render) {
		doAnswer(invocation -> {
			rendered.computeIfAbsent(invocation.getArgument(1), paper -> new AtomicInteger()).incrementAndGet();
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			try {
				return render.answer(invocation);
			}
			finally {
				running.decrementAndGet();
			}
		}).when(pdf).render(any(), any(), any(), any(), any());
	}

	private static void assertBusyPage(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue(Integer.toString(PdfRenders.RETRY_AFTER_SECONDS));
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(Jsoup.parse(answer.body()).select("main p.lead").text())
			.isEqualTo("HipFlex is making many PDFs right now. Please try again in 5 seconds.");
	}

	private Browser runnerWithAWeek() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "pdf");
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		browser.get("/my/week");
		assertThat(browser.post("/my/week", Map.of("from", "recommended")).statusCode()).isEqualTo(302);
		return browser;
	}

	private <T> HttpResponse<T> visitor(String method, String path, HttpResponse.BodyHandler<T> body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, body);
	}

	/** Sends the request from every caller at the same moment and collects the answers. */
	private <T> List<T> atOnce(Callable<T> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> pending = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			pending.add(callers.submit(() -> {
				start.await();
				return request.call();
			}));
		}
		start.countDown();
		List<T> answers = new ArrayList<>();
		for (Future<T> answer : pending) {
			answers.add(answer.get(60, TimeUnit.SECONDS));
		}
		return answers;
	}

}
