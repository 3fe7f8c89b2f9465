package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a client can claim in forwarded headers, on a real server. Without a proxy named in
 * {@code hipflex.trusted-proxies} (the default), {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * ignored, even from a private or loopback address such as this test's. A forged {@code Host} or
 * {@code X-Forwarded-Host} never reaches the absolute links of public answers: they start with
 * {@code hipflex.base-url} (and so behind a trusted proxy, {@link ServerLimitsTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${hipflex.base-url}")
	String baseUrl;

	/** The address lockout below is this machine's: other tests log in from it too. */
	@AfterEach
	void forgetTheLockoutOfThisMachine() {
		jdbc.update("delete from login_throttle where subject = ?", "address:127.0.0.1");
	}

	@Test
	void aForgedForwardedForDoesNotChooseTheAddressTheLoginThrottleCounts() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			Browser forger = new Browser(port).header("X-Forwarded-For", "203.0.113." + attempt);
			assertThat(forger.logIn("guess-" + attempt + "-" + UUID.randomUUID() + "@example.org", "wrong password"))
				.isFalse();
		}
		String email = Runners.create(accounts, "forged").email();
		Browser forger = new Browser(port).header("X-Forwarded-For", "203.0.113.99");
		forger.get("/login");

		HttpResponse<String> login = forger.post("/login", Map.of("email", email, "password", Runners.PASSWORD));

		assertThat(login.statusCode()).as("the twenty failures counted for the real address").isEqualTo(429);
	}

	@Test
	void aForgedForwardedProtoDoesNotMakeTheSessionCookieSecure() throws Exception {
		HttpResponse<String> page = new Browser(port).header("X-Forwarded-Proto", "https").get("/login");

		assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void aForgedHostReachesNeitherTheCalendarNorThePdf() throws Exception {
		assertLinksStartWithTheBaseUrl(port, baseUrl);
	}

	/**
	 * The week's calendar file and PDF asked for with a forged host, then as a visitor would ask (the answer
	 * the caches keep): both name the week at the base URL, and the forged host nowhere. ServerLimitsTest asks
	 * the same behind a trusted proxy, which passes {@code X-Forwarded-Host} on.
	 */
	static void assertLinksStartWithTheBaseUrl(int port, String baseUrl) throws IOException {
		String[] forged = { "Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
				"X-Forwarded-Port: 443" };
		for (String[] headers : new String[][] { forged, { "Host: 127.0.0.1:" + port } }) {
			String ics = new String(get(port, "/week.ics", headers), StandardCharsets.UTF_8).replace("\r\n ", "");
			assertThat(ics).as("the calendar, asked with %s", Arrays.toString(headers))
				.contains("\r\nURL:" + baseUrl + "/week\r\n")
				.doesNotContain("evil.example");
			try (PDDocument pdf = Loader.loadPDF(get(port, "/week.pdf", headers))) {
				assertThat(new PDFTextStripper().getText(pdf)).as("the PDF, asked with %s", Arrays.toString(headers))
					.contains(baseUrl + "/week")
					.doesNotContain("evil.example");
			}
		}
	}

	/**
	 * The body of a GET sent with exactly these headers, {@code Host} included (which Java's HTTP client
	 * will not forge). HTTP/1.0, so the body is simply what follows the headers until the server closes.
	 */
	private static byte[] get(int port, String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\n" + String.join("\r\n", headers) + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readAllBytes();
			String head = new String(answer, StandardCharsets.ISO_8859_1);
			assertThat(head).as("GET %s", path).startsWith("HTTP/1.1 200");
			return Arrays.copyOfRange(answer, head.indexOf("\r\n\r\n") + 4, answer.length);
		}
	}

}
