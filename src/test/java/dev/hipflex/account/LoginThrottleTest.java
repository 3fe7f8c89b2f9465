package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hipflex.Browser;
import dev.hipflex.DateSensitive;
import dev.hipflex.Runners;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Login throttling on a real server, with a clock the test moves: five failures for one account, or twenty
 * from one address, and logging in is refused for fifteen minutes with the login page, 429 and Retry-After.
 * The client's address is the one a proxy forwards ({@code X-Forwarded-For}), each test its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DateSensitive
class LoginThrottleTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	/** The application's clock (started where hipflex.clock.start says), held still and moved by the test. */
	@MockitoSpyBean
	Clock clock;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant();
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
		String email = register("locked");
		Browser browser = browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.logIn(email, "wrong password " + attempt)).isFalse();
		}

		HttpResponse<String> refused = tryLogIn(browser, email, Runners.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Jsoup.parse(refused.body()).select(".error-summary").text())
			.contains("too many failed logins", "wait 15 minutes", "Your password was not checked");
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Log in");

		now = now.plus(Duration.ofMinutes(10));
		HttpResponse<String> later = tryLogIn(browser, email, Runners.PASSWORD);
		assertThat(later.statusCode()).isEqualTo(429);
		assertThat(later.headers().firstValue("Retry-After")).hasValue("300");
		assertThat(Jsoup.parse(later.body()).select(".error-summary").text()).contains("wait 5 minutes");

		now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
		assertThat(browser.logIn(email, Runners.PASSWORD)).as("after the lockout").isTrue();
	}

	@Test
	void theLockHoldsFromAnotherAddressAndForAnEmailWithoutAnAccount() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		String someone = register("someone");
		for (String email : new String[] { nobody, someone }) {
			Browser first = browser();
			for (int attempt = 1; attempt <= 5; attempt++) {
				first.logIn(email.toUpperCase(), "wrong password");
			}
			assertThat(tryLogIn(browser(), email, "wrong password").statusCode()).as(email).isEqualTo(429);
		}
	}

	@Test
	void aSuccessfulLoginClearsTheAccountsCount() throws Exception {
		String email = register("forgetful");
		Browser browser = browser();
		for (int round = 0; round < 3; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(browser.logIn(email, "wrong password")).isFalse();
			}
			assertThat(browser.logIn(email, Runners.PASSWORD)).as("round %s", round).isTrue();
		}
	}

	@Test
	void failuresOlderThanFifteenMinutesNoLongerCount() throws Exception {
		String email = register("slow");
		Browser browser = browser();
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.logIn(email, "wrong password");
		}
		now = now.plus(Duration.ofMinutes(16));
		browser.logIn(email, "wrong password");
		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddressOnly() throws Exception {
		Browser guesser = browser();
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(tryLogIn(guesser, "guess-" + attempt + "@example.org", "wrong password").statusCode())
				.as("attempt %s", attempt).isEqualTo(302);
		}
		String email = register("neighbour");

		assertThat(tryLogIn(guesser, email, Runners.PASSWORD).statusCode()).isEqualTo(429);
		assertThat(browser().logIn(email, Runners.PASSWORD)).as("from another address").isTrue();
	}

	@Test
	void laterFailuresAreAnsweredMoreSlowly() throws Exception {
		String email = register("delayed");
		assertThat(java.util.stream.IntStream.range(0, 5)
			.mapToObj(attempt -> throttle.failed(email, "203.0.113.1").toMillis())).as("the wait after each failure")
			.containsExactly(0L, 0L, 250L, 500L, 0L);

		String another = register("delayed-too");
		Browser browser = browser();
		for (int attempt = 1; attempt <= 3; attempt++) {
			browser.logIn(another, "wrong password");
		}
		long start = System.nanoTime();
		browser.logIn(another, "wrong password");
		assertThat((System.nanoTime() - start) / 1_000_000).as("the 4th failure's answer, in ms")
			.isGreaterThanOrEqualTo(500);
	}

	private String register(String name) {
		return Runners.create(accounts, name).email();
	}

	/** A browser behind the proxy, as a client with an address of its own. */
	private Browser browser() {
		return new Browser(port).header("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement());
	}

	private static HttpResponse<String> tryLogIn(Browser browser, String email, String password) throws Exception {
		browser.get("/login");
		return browser.post("/login", Map.of("email", email, "password", password));
	}

}
