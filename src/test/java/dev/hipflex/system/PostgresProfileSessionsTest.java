package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
				"spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}" })
@ActiveProfiles("postgres")
class PostgresProfileSessionsTest {

	private static final String JOURNAL_SAVED = "is saved.";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyWhenTheProxySaysHttps() throws Exception {
		String plain = sessionCookieHeader(send(request("/login")));
		assertThat(plain).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

		String overHttps = sessionCookieHeader(send(request("/login").header("X-Forwarded-Proto", "https")));
		assertThat(overHttps).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	@Test
	void aLoginIsARowInTheDatabaseAndItsSessionCarriesFlashNoticesAndTypedForms() throws Exception {
		String email = "sessions-" + UUID.randomUUID() + "@example.org";
		accounts.register(email, Runners.PASSWORD);

		HttpResponse<String> loginPage = send(request("/login"));
		String anonymous = sessionCookie(loginPage);
		HttpResponse<String> login = send(post("/login", anonymous, csrf(loginPage),
				Map.of("email", email, "password", Runners.PASSWORD)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
		String session = sessionCookie(login);
		assertThat(session).as("a new session id at login").isNotEqualTo(anonymous);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email))
			.isEqualTo(1);

		HttpResponse<String> form = send(request("/journal/new").header("Cookie", session));
		assertThat(form.statusCode()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", LocalDate.now().minusDays(1).toString());
		fields.put("sets[0].exercise", exerciseId("glute-bridge"));
		fields.put("sets[0].amount", "12");
		fields.put("effort", "5");
		fields.put("painDuring", "1");
		HttpResponse<String> saved = send(post("/journal", session, csrf(form), fields));
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> afterSave = send(request(location(saved)).header("Cookie", session));
		assertThat(afterSave.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(afterSave.body()).select(".notice").text()).contains(JOURNAL_SAVED);

		fields.put("use", "routine");
		fields.put("notes", "Typed before choosing a routine");
		HttpResponse<String> useRoutine = send(post("/journal", session, csrf(form), fields));
		assertThat(useRoutine.statusCode()).isEqualTo(302);
		HttpResponse<String> refilled = send(request(location(useRoutine)).header("Cookie", session));
		assertThat(Jsoup.parse(refilled.body()).select("textarea[name=notes]").text())
			.as("the typed form, kept in the session across the redirect")
			.isEqualTo("Typed before choosing a routine");

		HttpResponse<String> loggedOut = send(request("/journal").header("Cookie", anonymous));
		assertThat(loggedOut.statusCode()).as("the session from before the login no longer logs in").isEqualTo(302);
	}

	private String exerciseId(String slug) {
		return Long.toString(jdbc.queryForObject("select id from exercise where slug = ?", Long.class, slug));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path));
	}

	private HttpRequest.Builder post(String path, String cookie, String csrf, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		String body = all.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return request(path).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	/** The CSRF token of the page's first form that has one. */
	private static String csrf(HttpResponse<String> page) {
		Document document = Jsoup.parse(page.body());
		String token = document.select("form input[name=_csrf]").attr("value");
		assertThat(token).as("CSRF token in a form").isNotBlank();
		return token;
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
