package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.hipflex.Browser;
import dev.hipflex.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every answer carries the security headers of a normal page and is {@code private, no-store}, whoever refused
 * it: Spring Security's firewall, Tomcat, a controller, the error page itself. The values are those of the login
 * page ({@code SecurityHeadersTest} checks what they say).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPageTest.FailingController.class)
class ErrorHeadersTest {

	static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
			"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy");

	@LocalServerPort
	int port;

	RawHttp raw;

	RawHttp.Response normalPage;

	record Case(String method, String target, int status, List<String> headers, byte[] body) {

		Case(String method, String target, int status, String... headers) {
			this(method, target, status, List.of(headers), new byte[0]);
		}

		@Override
		public String toString() {
			return method + " " + (target.length() > 60 ? target.substring(0, 60) + "..." : target) + " -> " + status;
		}

	}

	@BeforeEach
	void readTheHeadersOfANormalPage() throws IOException {
		raw = new RawHttp(port);
		normalPage = raw.send("GET", "/login");
		assertThat(normalPage.status()).isEqualTo(200);
		assertThat(SECURITY_HEADERS).allSatisfy(name -> assertThat(normalPage.header(name)).as(name).isNotBlank());
	}

	static Stream<Case> refusals() {
		String cookies = IntStream.range(0, 201).mapToObj(i -> "c" + i + "=1").collect(Collectors.joining("; "));
		byte[] bigForm = ("notes=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
		byte[] bigUpload = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
				+ "x".repeat(10 * 1024 * 1024 + 1024) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
		return Stream.of(
				// refused by Spring Security's firewall
				new Case("GET", "/guide%2Fmuscles", 400), new Case("GET", "/guide%2fmuscles", 400),
				new Case("POST", "/guide%2Fmuscles", 400), new Case("GET", "/a/..;/guide", 400),
				new Case("GET", "/guide/%2e%2e/sources", 400), new Case("GET", "/%252e", 400),
				new Case("GET", "/guide%5Cmuscles", 400), new Case("GET", "//guide", 400),
				// refused by Tomcat before it chose the application
				new Case("GET", "/..;/", 400), new Case("GET", "/guide/%00", 400), new Case("GET", "/guide/%zz", 400),
				new Case("GET", "/guide/%FF", 400), new Case("GET", "/gu|ide", 400),
				new Case("GET", "/guide", 400, "X-Padding: " + "y".repeat(20 * 1024)),
				new Case("GET", "/guide", 400, "A header without a colon"), new Case("CONNECT", "127.0.0.1:443", 501),
				// refused by Tomcat, answered by the application's error page
				new Case("GET", "/guide", 400, "Cookie: " + cookies), new Case("TRACE", "/guide", 405),
				// parameters that cannot be read
				new Case("GET", "/search?q=%FF", 400),
				new Case("POST", "/guide", 413, List.of("Content-Type: application/x-www-form-urlencoded"), bigForm),
				new Case("POST", "/journal/import", 413, List.of("Content-Type: multipart/form-data; boundary=b"),
						bigUpload),
				// no CSRF token
				new Case("DELETE", "/guide", 403), new Case("POST", "/journal", 403),
				// no page
				new Case("GET", "/no-such-page", 404), new Case("GET", "/guide/no-such-page", 404),
				new Case("GET", "/exercises/no-such-exercise", 404), new Case("GET", "/css/no-such.css", 404),
				new Case("HEAD", "/no-such-page", 404),
				// a bug
				new Case("GET", "/test-failure", 500),
				// the error page's own address is no page either
				new Case("GET", "/error", 404), new Case("POST", "/error", 404), new Case("HEAD", "/error", 404),
				new Case("PUT", "/error", 404), new Case("GET", "/error/", 404), new Case("GET", "/ERROR", 404),
				new Case("GET", "/%65rror", 404), new Case("GET", "/error?status=500", 404),
				new Case("GET", "/error", 404, "Accept: application/json"));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void everyRefusalCarriesTheHeadersOfANormalPage(Case refusal) throws IOException {
		RawHttp.Response response = raw.send(refusal.method(), refusal.target(), refusal.body(),
				refusal.headers().toArray(String[]::new));

		assertThat(response.status()).as(response.body()).isEqualTo(refusal.status());
		assertCarriesTheHeaders(response);
	}

	@Test
	void theErrorPageOnItsOwnIsTheNotFoundPage() throws IOException {
		for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
			RawHttp.Response response = raw.send(method, "/error");
			assertThat(response.status()).as(method).isEqualTo(404);
			assertThat(response.page().selectFirst("h1").text()).as(method).isEqualTo("Page not found");
			assertThat(response.body()).as(method).doesNotContain("999");
		}
	}

	@Test
	void aMethodAPageDoesNotAllowIsA405WithTheHeaders() throws Exception {
		Browser browser = new Browser(port);
		browser.get("/login");

		RawHttp.Response response = raw.send("POST", "/guide",
				("_csrf=" + browser.csrf()).getBytes(StandardCharsets.UTF_8), "Cookie: " + browser.cookieHeader(),
				"Content-Type: application/x-www-form-urlencoded");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.page().selectFirst("h1").text()).isEqualTo("Not allowed");
		assertCarriesTheHeaders(response);
	}

	private void assertCarriesTheHeaders(RawHttp.Response response) {
		for (String name : SECURITY_HEADERS) {
			assertThat(response.header(name)).as(name).isEqualTo(normalPage.header(name));
		}
		assertThat(response.header("Cache-Control")).isEqualTo(CachePolicyFilter.PRIVATE);
	}

}
