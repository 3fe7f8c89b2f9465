package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A runner logged in on several browsers, each its own client with its own cookies, on a real server:
 * changing the password, "log out everywhere else" and deleting the account end the other logins, which are
 * then treated as a visitor's (runner pages and forms send them to log in, never a 500), while the browser
 * that changed the password stays logged in under a new session id. Run once for each session store:
 * {@link InMemoryLoginsTest} and {@link JdbcLoginsTest}.
 */
abstract class LoginsTest {

	static final String NEW_PASSWORD = "a completely different passphrase";

	static final String FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 "
			+ "Firefox/133.0";

	static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

	static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
			+ "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	/** A runner's pages and downloads, and addresses Spring Security reads as the same ones. */
	static final List<String> RUNNER_PAGES = List.of("/journal", "/my/week", "/journal/export.csv", "/account",
			"/journal/", "/%6aournal", "/my/week/", "/journal/export.csv?from=2024-01-01");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void changingThePasswordLogsOutTheOtherBrowsersAndKeepsThisOneUnderANewSessionId() throws Exception {
		String email = register("change");
		Browser here = loggedIn(email, FIREFOX_ON_WINDOWS);
		Browser other = loggedIn(email, SAFARI_ON_IPHONE);
		String before = here.cookieHeader();

		HttpResponse<String> changed = changePassword(here);

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/account"));
		assertThat(here.cookieHeader()).as("a new session id").isNotEqualTo(before);
		assertThat(here.get("/journal").statusCode()).isEqualTo(200);
		Document account = Jsoup.parse(here.get("/account").body());
		assertThat(account.select(".notice").text()).contains("every other browser", "logged out");
		assertThat(account.select(".login").eachText()).hasSize(1).first().asString().contains("This browser");
		assertThat(new Browser(port).header("Cookie", before).get("/journal").statusCode())
			.as("the session id from before the change").isEqualTo(302);

		assertLoggedOut(other);
		assertThat(other.logIn(email, Runners.PASSWORD)).as("the old password").isFalse();
		assertThat(other.logIn(email, NEW_PASSWORD)).isTrue();
		assertThat(other.get("/journal").statusCode()).isEqualTo(200);
		assertThat(here.get("/journal").statusCode()).as("a new login elsewhere leaves this one alone").isEqualTo(200);
	}

	@Test
	void theAccountPageListsTheLoginsAndLogsOutEverywhereElse() throws Exception {
		String email = register("everywhere");
		Browser here = loggedIn(email, FIREFOX_ON_WINDOWS);
		Browser phone = loggedIn(email, SAFARI_ON_IPHONE);
		Browser tablet = loggedIn(email, CHROME_ON_ANDROID);
		Browser stranger = loggedIn(register("stranger"), CHROME_ON_ANDROID);

		Document account = Jsoup.parse(here.get("/account").body());

		List<String> logins = account.select(".login").eachText();
		assertThat(logins).hasSize(3);
		assertThat(logins.get(0)).startsWith("Firefox on Windows This browser").contains("Logged in ", "Last active ");
		assertThat(logins.subList(1, 3)).allSatisfy(login -> assertThat(login).doesNotContain("This browser"))
			.anySatisfy(login -> assertThat(login).startsWith("Safari on iPhone"))
			.anySatisfy(login -> assertThat(login).startsWith("Chrome on Android"));
		assertThat(account.select("form[action$=/account/logout-elsewhere] button").text())
			.isEqualTo("Log out everywhere else");

		HttpResponse<String> ended = here.post("/account/logout-elsewhere", Map.of());

		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/account"));
		Document after = Jsoup.parse(here.get("/account").body());
		assertThat(after.select(".notice").text()).contains("Every other browser has been logged out");
		assertThat(after.select(".login").eachText()).hasSize(1).first().asString().contains("This browser");
		assertLoggedOut(phone);
		assertLoggedOut(tablet);
		assertThat(stranger.get("/journal").statusCode()).as("another runner's login").isEqualTo(200);
		assertThat(phone.logIn(email, Runners.PASSWORD)).as("the password still works").isTrue();
	}

	@Test
	void deletingTheAccountLogsOutEveryBrowserWhoseGetsAndPostsAreSentToLogIn() throws Exception {
		String email = register("delete");
		Browser here = loggedIn(email, FIREFOX_ON_WINDOWS);
		Browser other = loggedIn(email, SAFARI_ON_IPHONE);
		String othersCookie = other.cookieHeader();
		String othersToken = other.csrf();

		here.get("/account/delete");
		HttpResponse<String> deleted = here.post("/account/delete", Map.of("password", Runners.PASSWORD));

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class,
				AccountService.normaliseEmail(email))).isZero();
		assertLoggedOut(here);
		assertLoggedOut(other);
		for (Map.Entry<String, Map<String, String>> form : forms().entrySet()) {
			// Each form as the other browser would post it, with its session's cookie and token.
			Map<String, String> fields = new LinkedHashMap<>(form.getValue());
			fields.put("_csrf", othersToken);
			HttpResponse<String> posted = new Browser(port).header("Cookie", othersCookie).post(form.getKey(), fields);
			assertThat(posted.statusCode()).as("POST %s", form.getKey()).isEqualTo(302);
			assertThat(posted.headers().firstValue("Location")).as("POST %s", form.getKey())
				.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		}
		assertThat(other.get("/").body()).as("the home page, as a visitor's").contains("Create account");
		assertThat(new Browser(port).post("/journal", forms().get("/journal")).statusCode())
			.as("a post without a session nor a token is refused, as before").isEqualTo(403);
	}

	@Test
	void tenRequestsAtOnceWhileTheAccountIsDeletedGetAnAnswerAndNoneAfterwardsGetsTheData() throws Exception {
		String email = register("race");
		Browser here = loggedIn(email, FIREFOX_ON_WINDOWS);
		Browser other = loggedIn(email, SAFARI_ON_IPHONE);
		here.get("/account/delete");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> requests = new ArrayList<>();
		requests.add(() -> {
			start.await();
			return here.post("/account/delete", Map.of("password", Runners.PASSWORD)).statusCode();
		});
		for (int i = 0; i < 10; i++) {
			String path = i % 2 == 0 ? "/journal/export.csv" : "/my/week";
			requests.add(() -> {
				start.await();
				return other.get(path).statusCode();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			List<Future<Integer>> answers = requests.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isIn(200, 302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertLoggedOut(other);
	}

	/** Changes the runner's password to {@link #NEW_PASSWORD} on the account page. */
	static HttpResponse<String> changePassword(Browser browser) throws Exception {
		browser.get("/account");
		return browser.post("/account/password", Map.of("currentPassword", Runners.PASSWORD, "newPassword",
				NEW_PASSWORD, "newPasswordRepeated", NEW_PASSWORD));
	}

	/** Registers a runner with a unique email, with {@link Runners#PASSWORD}. */
	String register(String name) {
		String email = name + "-" + UUID.randomUUID() + "@example.org";
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		return email;
	}

	/** A browser logged in as the runner, on a page with a form (whose token its posts send). */
	Browser loggedIn(String email, String userAgent) throws Exception {
		Browser browser = new Browser(port).header("User-Agent", userAgent);
		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();
		assertThat(browser.get("/journal/new").statusCode()).isEqualTo(200);
		return browser;
	}

	/**
	 * Every runner page sends the browser to log in, ten requests at once as well; the runner's data is never
	 * shown, and nothing is a server error.
	 */
	void assertLoggedOut(Browser browser) throws Exception {
		for (String page : RUNNER_PAGES) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).as("GET %s", page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as("GET %s", page)
				.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				answers.add(pool.submit(() -> browser.get("/journal/export.csv")));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A runner's forms, with values they would accept from a logged-in runner. */
	static Map<String, Map<String, String>> forms() {
		return Map.of("/journal", Map.of("date", "2024-05-06", "effort", "5", "painDuring", "1"), "/my/week",
				Map.of("from", "recommended"), "/checklist", Map.of("date", "2024-05-06", "runDay", "true"),
				"/account/password",
				Map.of("currentPassword", Runners.PASSWORD, "newPassword", NEW_PASSWORD, "newPasswordRepeated",
						NEW_PASSWORD),
				"/account/delete", Map.of("password", Runners.PASSWORD), "/account/logout-elsewhere", Map.of(),
				"/journal/import", Map.of());
	}

}
