package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.HealthDataConsent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The postgres profile keeps HTTP sessions in the database (Spring Session JDBC, tables from V11), so any
 * instance can serve a runner who logged in through another. Through the real server: the cookie keeps
 * its flags (HttpOnly, SameSite=Lax, Secure behind an HTTPS proxy), a login is a row in
 * {@code spring_session}, and what the pages put in the session (the CSRF token, the login, flash notices,
 * a typed form kept across a redirect) is stored and read back. Runs on a private in-memory H2 unless SPRING_DATASOURCE_URL
 * points the tests at PostgreSQL (CI's second run); {@code .ci/multi-instance.sh} runs two instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:hipflex-sessions;DB_CLOSE_DELAY=-1}",
				"spring.datasource.username=${SPRING_DATASOURCE_USERNAME:sa}",
				"spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}",
				// The test stands where nginx stands: a proxy that says whether the browser came over HTTPS.
				"hipflex.trusted-proxies=127.0.0.1/32" })
@ActiveProfiles("postgres")
class PostgresProfileSessionsTest {

	private static final String JOURNAL_SAVED = "is saved.";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyWhenTheProxySaysHttps() throws Exception {
		String plain = sessionCookieHeader(new Browser(port).get("/login"));
		assertThat(plain).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

		String overHttps = sessionCookieHeader(new Browser(port).header("X-Forwarded-Proto", "https").get("/login"));
		assertThat(overHttps).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	@Test
	void aLoginIsARowInTheDatabaseAndItsSessionCarriesFlashNoticesAndTypedForms() throws Exception {
		String email = "sessions-" + UUID.randomUUID() + "@example.org";
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		Browser browser = new Browser(port);

		String anonymous = sessionCookie(browser.get("/login"));
		HttpResponse<String> login = browser.post("/login", Map.of("email", email, "password", Runners.PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/");
		String session = sessionCookie(login);
		assertThat(session).as("a new session id at login").isNotEqualTo(anonymous);
		assertThat(jdbc.queryForList("select principal_name from spring_session where session_id = ?", String.class,
				browser.springSessionId()))
			.as("indexed by the account id, not by the email, which may change")
			.containsExactly(Long.toString(((CurrentRunner) accounts.loadUserByUsername(email)).id()));

		HttpResponse<String> form = browser.get("/journal/new");
		assertThat(form.statusCode()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", "2024-05-06");
		fields.put("sets[0].exercise", exerciseId("glute-bridge"));
		fields.put("sets[0].amount", "12");
		fields.put("effort", "5");
		fields.put("painDuring", "1");
		HttpResponse<String> saved = browser.post("/journal", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> afterSave = browser.get(path(saved));
		assertThat(afterSave.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(afterSave.body()).select(".notice").text()).contains(JOURNAL_SAVED);

		fields.put("use", "routine");
		fields.put("notes", "Typed before choosing a routine");
		HttpResponse<String> useRoutine = browser.post("/journal", fields);
		assertThat(useRoutine.statusCode()).isEqualTo(302);
		HttpResponse<String> refilled = browser.get(path(useRoutine));
		assertThat(Jsoup.parse(refilled.body()).select("textarea[name=notes]").text())
			.as("the typed form, kept in the session across the redirect")
			.isEqualTo("Typed before choosing a routine");

		HttpResponse<String> loggedOut = new Browser(port).header("Cookie", anonymous).get("/journal");
		assertThat(loggedOut.statusCode()).as("the session from before the login no longer logs in").isEqualTo(302);
	}

	@Test
	void aRunnerWithTheLongestEmailAnAccountCanHaveLogsInAndStaysLoggedIn() throws Exception {
		// A valid address of 254 characters: 64 before the @, labels of at most 63 after it.
		String unique = Long.toString(System.nanoTime(), 36);
		String label = unique + "d".repeat(AccountService.EMAIL_MAX_LENGTH - 64 - 1 - 128 - 4 - unique.length());
		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + label + ".org";
		assertThat(email).hasSize(AccountService.EMAIL_MAX_LENGTH);
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		Browser browser = new Browser(port);

		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();

		assertThat(browser.get("/journal").statusCode()).isEqualTo(200);
		// Sessions are indexed by the account id, never by the email, whatever its length.
		Long id = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				id.toString())).isEqualTo(1);
	}

	private String exerciseId(String slug) {
		return Long.toString(jdbc.queryForObject("select id from exercise where slug = ?", Long.class, slug));
	}

	/** The path (and query) a redirect leads to. */
	private static String path(HttpResponse<?> redirect) {
		URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	private static String sessionCookieHeader(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + cookies));
	}

	/** The {@code name=value} to send back. */
	private static String sessionCookie(HttpResponse<?> response) {
		return sessionCookieHeader(response).split(";", 2)[0];
	}

}
