package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the real server (Tomcat, not MockMvc) does with the session cookie behind an HTTPS proxy (the test
 * stands where nginx stands, a trusted proxy on 127.0.0.1) and with requests larger than it accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hipflex.trusted-proxies=127.0.0.1/32")
class ServerLimitsTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${hipflex.base-url}")
	String baseUrl;

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureWhenTheProxySaysHttps() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "cookie");

		List<String> overHttps = sessionCookiesOfLogin(runner.email(), true);
		List<String> overHttp = sessionCookiesOfLogin(runner.email(), false);

		assertThat(overHttps).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("; Secure", "; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax"));
		assertThat(overHttp).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax")
			.doesNotContain("Secure"));
	}

	@Test
	void aHostTheProxyForwardsReachesNeitherTheCalendarNorThePdf() throws Exception {
		ForwardedHeadersTest.assertLinksStartWithTheBaseUrl(port, baseUrl);
	}

	@Test
	void aFormLargerThanTheLimitIsRefusedAndNothingIsSaved() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "bigform");
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		browser.get("/journal/new");

		HttpResponse<String> response = browser.post("/journal",
				Map.of("date", "2024-05-06", "effort", "5", "painDuring", "1", "notes", "x".repeat(2 * 1024 * 1024)));

		assertThat(response.statusCode()).as(response.headers() + response.body()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).select("main").text()).contains("too large");
		assertThat(jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	@Test
	void aHugeHeaderIsRefusedWithoutReachingTheApplication() throws Exception {
		HttpResponse<String> response = new Browser(port).header("X-Padding", "y".repeat(64 * 1024)).get("/");

		assertThat(response.statusCode()).isBetween(400, 499);
	}

	@Test
	void addressesRefusedBeforeAnyControllerStillGetTheErrorPageWithAMessage() throws Exception {
		Browser browser = new Browser(port);
		assertThat(browser.logIn(Runners.create(accounts, "paths").email(), Runners.PASSWORD)).isTrue();
		for (String url : List.of("/journal/abc", "/journal/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
				"/guide/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/guide/a%2F..%2F..%2Fetc%2Fpasswd",
				"/exercises/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/routines/'%20OR%201%3D1%20--")) {
			HttpResponse<String> response = browser.get(url);
			assertThat(response.statusCode()).as(url).isIn(400, 404);
			assertThat(Jsoup.parse(response.body()).select(".page--error .lead").text()).as(url).isNotBlank();
			assertThat(response.body()).as(url).doesNotContain("<script>alert", "<img src=x");
		}
	}

	/** Logs in with raw requests (a Secure cookie is not sent back over plain HTTP by a cookie store). */
	private List<String> sessionCookiesOfLogin(String email, boolean https) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpRequest.Builder form = request("/login", https);
		HttpResponse<String> page = client.send(form.GET().build(), HttpResponse.BodyHandlers.ofString());
		String session = page.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		String csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		HttpResponse<String> login = client.send(request("/login", https).header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					Browser.encode(Map.of("email", email, "password", Runners.PASSWORD, "_csrf", csrf)),
					StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		List<String> cookies = login.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.toList();
		assertThat(cookies).as("a new session id at login").isNotEmpty();
		return cookies;
	}

	private HttpRequest.Builder request(String path, boolean https) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		return https ? builder.header("X-Forwarded-Proto", "https") : builder;
	}

}
