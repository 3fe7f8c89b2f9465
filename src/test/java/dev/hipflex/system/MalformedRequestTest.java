package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.hipflex.Browser;
import dev.hipflex.RawHttp;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests written by hand to be unreadable, on the real server: each is refused with a 4xx, the error page and
 * its message where the application answers, nothing saved, and at most one line in the log, never a stack
 * trace (a bad query once logged 117 lines, a NUL in an upload's file name a 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTest {

	private static final String UNREADABLE = "HipFlex could not read what was sent";

	private static final String BOUNDARY = "hipflex-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	RawHttp raw;

	@BeforeEach
	void startServing() throws IOException {
		raw = new RawHttp(port);
		// the first request of a server logs the DispatcherServlet's start; it is not what these tests count
		assertThat(raw.send("GET", "/").status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%FF", "/search?q=%C0%AF", "/search?q=%", "/search?q=%zz", "/search?q=a%00b",
			"/search?q%00=a", "/exercises?muscle=%FF", "/guide?from=caf%E9", "/login?error=%ED%A0%80" })
	void queryParametersThatCannotBeReadAreA400WithAMessage(String target, CapturedOutput output) throws IOException {
		RawHttp.Response response = logged(output, () -> raw.send("GET", target));

		assertRefused(response, 400, UNREADABLE);
	}

	@Test
	void farTooManyParametersAreA400WithAMessage(CapturedOutput output) throws IOException {
		String query = IntStream.range(0, 2_000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

		assertRefused(logged(output, () -> raw.send("GET", "/search?" + query)), 400, UNREADABLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/guide%2Fmuscles", "/guide%2fmuscles", "/guide%5Cmuscles", "/guide/%2e%2e/sources",
			"/%252e%252e/", "/guide;x=1", "/a/..;/guide", "//guide", "/guide/./muscles", "/guide%25" })
	void addressesTheFirewallRejectsAreA400WithAMessage(String target, CapturedOutput output) throws IOException {
		RawHttp.Response response = logged(output, () -> raw.send("GET", target));

		assertRefused(response, 400, "HipFlex does not accept this address");
	}

	/**
	 * Tomcat refuses these before it knows which application the address belongs to, so its own short page
	 * answers (ErrorHeadersTest checks that it carries the security headers); nothing is logged.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/guide/%FF", "/guide/%C0%AF", "/guide/%zz", "/guide/%", "/guide/a%00b", "/..;/",
			"/gu|ide" })
	void addressesTomcatCannotDecodeAreA400(String target, CapturedOutput output) throws IOException {
		RawHttp.Response response = logged(output, () -> raw.send("GET", target));

		assertThat(response.status()).as(target).isEqualTo(400);
		assertNoInternals(response.body());
	}

	@Test
	void formsThatCannotBeReadAreA400AndSaveNothing(CapturedOutput output) throws Exception {
		CurrentRunner runner = Runners.create(accounts, "badform");
		Browser browser = loggedIn(runner);
		String valid = "date=" + LocalDate.now(clock).minusDays(1) + "&effort=5&painDuring=1&_csrf=" + browser.csrf();
		List<byte[]> unreadable = List.of(utf8(valid + "&notes=%FF"), utf8(valid + "&notes=%C0%AF"),
				utf8(valid + "&notes=%zz"), utf8(valid + "&notes=a%00b"), utf8(valid + "&notes%00=a"),
				concat(utf8(valid + "&notes="), new byte[] { (byte) 0xFF, (byte) 0xFE }),
				utf8(valid + IntStream.range(0, 2_000).mapToObj(i -> "&p" + i + "=1").collect(Collectors.joining())));

		for (byte[] form : unreadable) {
			RawHttp.Response response = logged(output, () -> postForm(browser, "/journal", form));
			assertRefused(response, 400, UNREADABLE);
		}
		assertThat(sessions(runner)).isZero();

		RawHttp.Response readable = postForm(browser, "/journal", utf8(valid + "&notes=" + "%C3%A9t%C3%A9"));
		assertThat(readable.status()).as("the same form, readable, is saved").isEqualTo(302);
		assertThat(sessions(runner)).isOne();
	}

	@Test
	void aBodyWhoseChunksCannotBeReadIsA400(CapturedOutput output) throws IOException {
		RawHttp.Response response = logged(output, () -> raw.send("POST", "/guide", utf8("zz\r\nnot a chunk\r\n"),
				"Transfer-Encoding: chunked", "Content-Type: application/x-www-form-urlencoded"));

		assertRefused(response, 400, UNREADABLE);
	}

	@Test
	void aLoginFormThatCannotBeReadIsA400(CapturedOutput output) throws Exception {
		Browser browser = new Browser(port);
		browser.get("/login");

		RawHttp.Response response = logged(output,
				() -> postForm(browser, "/login", utf8("email=%FF%FE&password=x&_csrf=" + browser.csrf())));

		assertRefused(response, 400, UNREADABLE);
	}

	@Test
	void uploadsThatCannotBeReadAreA400AndImportNothing(CapturedOutput output) throws Exception {
		CurrentRunner runner = Runners.create(accounts, "badupload");
		Browser browser = loggedIn(runner);
		browser.get("/journal/import");
		byte[] csv = exportOfOneSession(browser);
		byte[] readable = upload(browser.csrf(), "journal.csv", csv);
		byte[] nulInName = upload(browser.csrf(), "journal\0.csv", csv);
		byte[] cutShort = Arrays.copyOf(readable, readable.length - 40);

		assertRefused(logged(output, () -> postUpload(browser, "multipart/form-data; boundary=" + BOUNDARY, nulInName)),
				400, UNREADABLE);
		assertRefused(logged(output, () -> postUpload(browser, "multipart/form-data; boundary=" + BOUNDARY, cutShort)),
				400, UNREADABLE);
		assertRefused(logged(output, () -> postUpload(browser, "multipart/form-data", readable)), 400, UNREADABLE);
		assertRefused(logged(output, () -> raw.send("POST", "/journal%2Fimport", readable,
				"Cookie: " + browser.cookieHeader(), "Content-Type: multipart/form-data; boundary=" + BOUNDARY)),
				400, "HipFlex does not accept this address");
		assertThat(sessions(runner)).as("only the session exported").isOne();
	}

	/** The file name is never used, so a name with control characters or folders is as good as any. */
	@Test
	void aFileNameWithControlCharactersOrFoldersIsNotRefused() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "oddname");
		Browser browser = loggedIn(runner);
		browser.get("/journal/import");
		byte[] csv = exportOfOneSession(browser);

		for (String name : List.of("..\\..\\Users\\me\\journal\u0001.csv", "../../etc/passwd", "tab\tand\u007f.csv")) {
			RawHttp.Response response = postUpload(browser, "multipart/form-data; boundary=" + BOUNDARY,
					upload(browser.csrf(), name, csv));
			assertThat(response.status()).as(name).isEqualTo(302);
			assertThat(response.header("Location")).as(name).endsWith("/journal");
		}
		assertThat(sessions(runner)).as("the exported session, skipped when imported again").isOne();
	}

	/** Sends the request and checks what the server logged meanwhile: one line at most, no stack trace. */
	private static RawHttp.Response logged(CapturedOutput output, Request request) throws IOException {
		int before = output.getAll().length();
		RawHttp.Response response = request.send();
		String logged = output.getAll().substring(before);
		assertThat(logged.lines().count()).as(logged).isLessThanOrEqualTo(1);
		return response;
	}

	private static void assertRefused(RawHttp.Response response, int status, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.page().select(".page--error .lead").text()).contains(message);
		assertNoInternals(response.body());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at org.", "at dev.hipflex", "Tomcat/");
	}

	private Browser loggedIn(CurrentRunner runner) throws IOException, InterruptedException {
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		browser.get("/journal/new");
		return browser;
	}

	private byte[] exportOfOneSession(Browser browser) throws IOException, InterruptedException {
		HttpResponse<String> saved = browser.post("/journal",
				Map.of("date", LocalDate.now(clock).minusDays(1).toString(), "effort", "5", "painDuring", "1"));
		assertThat(saved.statusCode()).isEqualTo(302);
		browser.get("/journal/import");
		return utf8(browser.get("/journal/export.csv").body());
	}

	private RawHttp.Response postForm(Browser browser, String path, byte[] form) throws IOException {
		return raw.send("POST", path, form, "Cookie: " + browser.cookieHeader(),
				"Content-Type: application/x-www-form-urlencoded");
	}

	private RawHttp.Response postUpload(Browser browser, String contentType, byte[] body) throws IOException {
		return raw.send("POST", "/journal/import", body, "Cookie: " + browser.cookieHeader(),
				"Content-Type: " + contentType);
	}

	/** The import form as a browser sends it, with the file name written as given (a NUL included). */
	private static byte[] upload(String csrf, String fileName, byte[] content) {
		String dashes = "--" + BOUNDARY + "\r\n";
		return concat(utf8(dashes + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n" + dashes
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n"), content, utf8("\r\n--" + BOUNDARY + "--\r\n"));
	}

	private int sessions(CurrentRunner runner) {
		return jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
				runner.id());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

	@FunctionalInterface
	private interface Request {

		RawHttp.Response send() throws IOException;

	}

}
