package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.hipflex.Browser;
import dev.hipflex.DateSensitive;
import dev.hipflex.Runners;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Login throttling on a real server, with a clock the test moves: five failures for one account, or twenty
 * from one address, and logging in is refused for fifteen minutes with the login page, 429 and Retry-After;
 * the same for the password typed again to change it or to delete the account. The test stands where nginx
 * stands, a trusted proxy on 127.0.0.1, so each client's address is the one it forwards
 * ({@code X-Forwarded-For}), each test its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hipflex.trusted-proxies=127.0.0.1/32")
@DateSensitive
class LoginThrottleTest {

	/** The spellings of the login's address an attacker tries: encoded, doubled slash, trailing slash, path parameter, case. */
	static final List<String> LOGIN_ADDRESSES = List.of("/login", "/%6cogin", "/l%6fgin", "/%6C%6F%67%69%6E", "//login",
			"/login/", "/login;x=1", "/LOGIN", "/Login");

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

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
		failFiveTimes(browser, email);

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
	void laterFailuresAreAnsweredMoreSlowly() throws Exception {
		String email = register("delayed");
		assertThat(IntStream.range(0, 5).mapToObj(attempt -> {
			throttle.attempt(email, "203.0.113.1");
			return throttle.failed(email).toMillis();
		})).as("the wait after each failure").containsExactly(0L, 0L, 250L, 500L, 0L);

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

	@Test
	void duringAnAccountLockoutNoSpellingOfTheLoginAddressChecksThePassword() throws Exception {
		String email = register("spellings");
		failFiveTimes(browser(), email);

		for (String path : LOGIN_ADDRESSES) {
			assertNotLoggedIn(browser(), path, email);
		}
		assertThat(failures(LoginThrottle.account(email))).as("refused attempts are not counted").isEqualTo(5);
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddressOnlyWhateverTheSpellingOfTheLoginAddress() throws Exception {
		Browser guesser = browser();
		failTwentyTimes(guesser);
		String email = register("neighbour");

		for (String path : LOGIN_ADDRESSES) {
			assertNotLoggedIn(guesser, path, email);
		}
		assertThat(browser().logIn(email, Runners.PASSWORD)).as("from another address").isTrue();
	}

	@Test
	void tenWrongPasswordsAtOnceCheckOnlyAsManyAsTheLimitAllows() throws Exception {
		String email = register("at-once");

		List<Integer> statuses = atOnce(10, attempt -> {
			Browser browser = browser();
			browser.get("/login");
			return () -> tryLogIn(browser, email, "wrong password " + attempt).statusCode();
		});

		assertThat(statuses).as("5 passwords checked (redirect to the error), 5 refused").containsOnly(302, 429);
		assertThat(statuses.stream().filter(status -> status == 302)).hasSize(5);
		assertThat(failures(LoginThrottle.account(email))).isEqualTo(5);
		assertThat(tryLogIn(browser(), email, Runners.PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void successfulLoginsDoNotCountAgainstTheirAddress() throws Exception {
		String email = register("office");
		String office = address();
		for (int login = 1; login <= 25; login++) {
			assertThat(browserAt(office).logIn(email, Runners.PASSWORD)).as("login %s", login).isTrue();
		}
	}

	@Test
	void theCurrentPasswordIsThrottledLikeALoginWhenChangingIt() throws Exception {
		String email = register("changer");
		String hash = passwordHash(email);
		Browser runner = loggedIn(email);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(changePassword(runner, "wrong password " + attempt).statusCode()).as("attempt %s", attempt)
				.isEqualTo(400);
		}

		HttpResponse<String> refused = changePassword(runner, Runners.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Jsoup.parse(refused.body()).select(".error-summary").text())
			.contains("too many wrong passwords", "wait 15 minutes", "Your password was not checked");
		assertThat(Jsoup.parse(refused.body()).select("#newPassword")).hasSize(1);
		assertThat(passwordHash(email)).as("the password did not change").isEqualTo(hash);
		assertThat(tryLogIn(browser(), email, Runners.PASSWORD).statusCode()).as("the login shares the count")
			.isEqualTo(429);

		now = now.plus(LoginThrottle.LOCKOUT).plusSeconds(1);
		assertThat(changePassword(runner, Runners.PASSWORD).statusCode()).as("after the lockout").isEqualTo(302);
		assertThat(browser().logIn(email, "a brand new passphrase")).isTrue();
	}

	@Test
	void thePasswordIsThrottledLikeALoginWhenDeletingTheAccount() throws Exception {
		String email = register("deleter");
		Browser runner = loggedIn(email);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(deleteAccount(runner, "wrong password " + attempt).statusCode()).isEqualTo(400);
		}

		HttpResponse<String> refused = deleteAccount(runner, Runners.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Jsoup.parse(refused.body()).select(".error-summary").text())
			.contains("too many wrong passwords", "wait 15 minutes", "nothing was changed");
		assertThat(accountExists(email)).isTrue();
	}

	@Test
	void tenPasswordChangesAtOnceCheckOnlyAsManyAsTheLimitAllows() throws Exception {
		String email = register("changes-at-once");
		Browser runner = loggedIn(email);
		runner.get("/account");

		List<Integer> statuses = atOnce(10, attempt -> () -> runner
			.post("/account/password", Map.of("currentPassword", "wrong password " + attempt, "newPassword",
					"a brand new passphrase", "newPasswordRepeated", "a brand new passphrase"))
			.statusCode());

		assertThat(statuses).as("5 passwords checked (400), 5 refused").containsOnly(400, 429);
		assertThat(statuses.stream().filter(status -> status == 400)).hasSize(5);
		assertThat(failures(LoginThrottle.account(email))).isEqualTo(5);
	}

	@Test
	void aPasswordCheckFromALockedAddressIsRefusedToo() throws Exception {
		String email = register("shared-network");
		String network = address();
		Browser runner = browserAt(network);
		assertThat(runner.logIn(email, Runners.PASSWORD)).isTrue();
		failTwentyTimes(browserAt(network));

		assertThat(deleteAccount(runner, Runners.PASSWORD).statusCode()).isEqualTo(429);
		assertThat(accountExists(email)).isTrue();
	}

	/** Five wrong passwords for the account: it is locked out. */
	private static void failFiveTimes(Browser browser, String email) throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.logIn(email, "wrong password " + attempt)).as("attempt %s", attempt).isFalse();
		}
	}

	/** Twenty failed logins, each for another email: the browser's address is locked out. */
	private static void failTwentyTimes(Browser browser) throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(tryLogIn(browser, "guess-" + attempt + "-" + UUID.randomUUID() + "@example.org", "wrong password")
				.statusCode()).as("attempt %s", attempt).isEqualTo(302);
		}
	}

	/**
	 * Posts the right password to the address: nobody is logged in, and the answer is no 500. Where Spring
	 * Security takes the address for the login (it decodes it first), the answer is the refusal: the login
	 * page with 429 and Retry-After; the other spellings are refused before any login (400 or 404).
	 */
	private static void assertNotLoggedIn(Browser browser, String path, String email) throws Exception {
		browser.get("/login");
		HttpResponse<String> response = browser.post(path, Map.of("email", email, "password", Runners.PASSWORD));

		assertThat(browser.get("/account").statusCode()).as("%s: the session is not logged in", path).isEqualTo(302);
		if (URLDecoder.decode(path, StandardCharsets.UTF_8).equals("/login")) {
			assertThat(response.statusCode()).as(path).isEqualTo(429);
			assertThat(response.headers().firstValue("Retry-After")).as(path).isPresent();
			assertThat(Jsoup.parse(response.body()).select(".error-summary").text()).as(path)
				.contains("Your password was not checked");
		}
		else {
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
		}
	}

	/** A request made ready (a page read for its CSRF token, say), to be sent at a moment of the test's choosing. */
	@FunctionalInterface
	private interface Prepared<T> {

		Callable<T> prepare(int attempt) throws Exception;

	}

	/** Sends the requests on threads of their own, all let go at the same moment; returns their answers in order. */
	private static <T> List<T> atOnce(int count, Prepared<T> prepared) throws Exception {
		List<Callable<T>> requests = new ArrayList<>();
		for (int attempt = 1; attempt <= count; attempt++) {
			requests.add(prepared.prepare(attempt));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			List<Future<T>> answers = new ArrayList<>();
			for (Callable<T> request : requests) {
				answers.add(threads.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Browser loggedIn(String email) throws Exception {
		Browser browser = browser();
		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();
		return browser;
	}

	private static HttpResponse<String> changePassword(Browser runner, String current) throws Exception {
		runner.get("/account");
		return runner.post("/account/password", Map.of("currentPassword", current, "newPassword",
				"a brand new passphrase", "newPasswordRepeated", "a brand new passphrase"));
	}

	private static HttpResponse<String> deleteAccount(Browser runner, String password) throws Exception {
		runner.get("/account/delete");
		return runner.post("/account/delete", Map.of("password", password));
	}

	private boolean accountExists(String email) {
		return jdbc.queryForObject("select count(*) from account where email = ?", Integer.class,
				AccountService.normaliseEmail(email)) == 1;
	}

	private String passwordHash(String email) {
		return jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				AccountService.normaliseEmail(email));
	}

	private int failures(String subject) {
		return jdbc.queryForObject("select failures from login_throttle where subject = ?", Integer.class, subject);
	}

	private String register(String name) {
		return Runners.create(accounts, name).email();
	}

	/** A browser behind the proxy, as a client with an address of its own. */
	private Browser browser() {
		return browserAt(address());
	}

	private Browser browserAt(String address) {
		return new Browser(port).header("X-Forwarded-For", address);
	}

	private static String address() {
		return "198.51.100." + ADDRESSES.getAndIncrement();
	}

	private static HttpResponse<String> tryLogIn(Browser browser, String email, String password) throws Exception {
		browser.get("/login");
		return browser.post("/login", Map.of("email", email, "password", password));
	}

}
