package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.hipflex.TestSmtp.mailsTo;
import static dev.hipflex.TestSmtp.onlyMailTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;

import java.net.http.HttpResponse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hipflex.Browser;
import dev.hipflex.DateSensitive;
import dev.hipflex.Runners;
import dev.hipflex.TestSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * "Forgot your password?" against a real server and a real SMTP server in the JVM (GreenMail): what arrives, the
 * same answer for an email without an account, the link's single use, its 30 minutes, a new link voiding the old,
 * the throttle per email and per address, and a new password that logs in here and out everywhere else. The
 * test stands where nginx stands (a trusted proxy on 127.0.0.1), so each client's address is the one it forwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hipflex.trusted-proxies=127.0.0.1/32", "hipflex.base-url=https://hipflex.example.org/",
				"hipflex.mail.from=HipFlex <hipflex@example.org>" })
@DateSensitive
class PasswordResetTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestSmtp.configure(registry);
	}

	private static final Pattern LINK = Pattern.compile("https://hipflex\\.example\\.org/password-reset/new\\?token=([A-Za-z0-9_-]+)");

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final String NEW_PASSWORD = "a quite different new secret";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant();
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void theMailHasBothPartsTheSenderAndALinkToTheConfiguredBaseUrlNotTheRequestsHost() throws Exception {
		String email = register("mailed");
		Browser browser = browser().header("X-Forwarded-Host", "evil.example");

		HttpResponse<String> asked = ask(browser, email.toUpperCase());

		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/password-reset/sent");
		MimeMessage mail = onlyMailTo(email);
		assertThat(mail.getFrom()[0].toString()).isEqualTo("HipFlex <hipflex@example.org>");
		assertThat(mail.getSubject()).isEqualTo("Choose a new HipFlex password");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(parts.getCount()).isEqualTo(2);
		BodyPart text = parts.getBodyPart(0);
		BodyPart html = parts.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain");
		assertThat(html.getContentType()).startsWith("text/html");
		String token = token(text.getContent().toString());
		assertThat(Jsoup.parse(html.getContent().toString()).select("a[href]").attr("href"))
			.isEqualTo("https://hipflex.example.org/password-reset/new?token=" + token);
		assertThat(text.getContent().toString()).contains("30 minutes").doesNotContain("evil.example");
		// At least 128 random bits, in the URL-safe Base64 alphabet; only a SHA-256 hash of it is stored.
		assertThat(token.length()).isGreaterThanOrEqualTo(22);
		assertThat(jdbc.queryForList("select token_hash from account_token", String.class))
			.contains(AccountTokens.hash(token)).doesNotContain(token);
	}

	@Test
	void anEmailWithoutAnAccountGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		String someone = register("someone");
		Browser browser = browser();

		HttpResponse<String> forNobody = ask(browser, nobody);
		HttpResponse<String> forSomeone = ask(browser, someone);

		assertThat(forNobody.statusCode()).isEqualTo(forSomeone.statusCode()).isEqualTo(302);
		assertThat(forNobody.headers().firstValue("Location")).isEqualTo(forSomeone.headers().firstValue("Location"));
		assertThat(forNobody.body()).isEqualTo(forSomeone.body());
		onlyMailTo(someone);
		long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (System.nanoTime() < until) {
			assertThat(mailsTo(nobody)).as("mails to an email without an account").isEmpty();
			Thread.sleep(50);
		}
		HttpResponse<String> sent = browser.get("/password-reset/sent");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(sent.body()).select("main, #content").text()).contains("If an account has this email");
	}

	@Test
	void theLinkSetsANewPasswordLogsInHereAndLogsOutEveryOtherBrowser() throws Exception {
		String email = register("reset");
		Browser elsewhere = browser();
		assertThat(elsewhere.logIn(email, Runners.PASSWORD)).isTrue();
		Browser browser = browser();
		ask(browser, email);
		String token = token(onlyMailTo(email));

		HttpResponse<String> form = browser.get(link(token));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(form.body()).select("h1").text()).isEqualTo("Choose a new password");

		HttpResponse<String> saved = save(browser, token, NEW_PASSWORD);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		HttpResponse<String> account = browser.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(email).contains("Your new password is saved");

		assertThat(elsewhere.get("/account").statusCode()).as("the other browser").isEqualTo(302);
		assertThat(browser().logIn(email, Runners.PASSWORD)).as("the old password").isFalse();
		assertThat(browser().logIn(email, NEW_PASSWORD)).as("the new password").isTrue();
	}

	@Test
	void aLinkWorksOnceAndThenGetsAPageThatSaysSoWithA410() throws Exception {
		String email = register("once");
		Browser browser = browser();
		ask(browser, email);
		String token = token(onlyMailTo(email));
		browser.get(link(token));
		assertThat(save(browser, token, NEW_PASSWORD)
			.statusCode()).isEqualTo(302);

		assertDead(browser().get(link(token)));
		Browser again = browser();
		again.get("/password-reset");
		assertDead(save(again, token, "yet another new password"));
		assertThat(browser().logIn(email, NEW_PASSWORD)).isTrue();
	}

	@Test
	void tenRequestsAtOnceWithOneLinkChangeThePasswordOnce() throws Exception {
		String email = register("at-once");
		Browser asker = browser();
		ask(asker, email);
		String token = token(onlyMailTo(email));
		List<Browser> browsers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Browser browser = browser();
			browser.get(link(token));
			browsers.add(browser);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < browsers.size(); i++) {
				Browser browser = browsers.get(i);
				String password = NEW_PASSWORD + " " + i;
				Callable<Integer> save = () -> {
					start.await();
					return save(browser, token, password).statusCode();
				};
				answers.add(pool.submit(save));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsOnly(302, 410);
			assertThat(statuses.stream().filter(status -> status == 302)).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLinkExpiresAfterThirtyMinutes() throws Exception {
		String email = register("slow");
		Browser browser = browser();
		ask(browser, email);
		String token = token(onlyMailTo(email));

		now = now.plus(Duration.ofMinutes(29));
		assertThat(browser.get(link(token)).statusCode()).as("after 29 minutes").isEqualTo(200);
		now = now.plus(Duration.ofMinutes(1)).plusSeconds(1);
		assertDead(browser.get(link(token)));
		assertDead(save(browser, token, NEW_PASSWORD));
		assertThat(browser().logIn(email, Runners.PASSWORD)).as("the password is unchanged").isTrue();
	}

	@Test
	void askingAgainVoidsTheEarlierLink() throws Exception {
		String email = register("twice");
		Browser browser = browser();
		ask(browser, email);
		String first = token(onlyMailTo(email));
		ask(browser, email);
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (mailsTo(email).size() < 2 && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(mailsTo(email)).hasSize(2);
		String second = token(mailsTo(email).get(1));

		assertDead(browser.get(link(first)));
		assertThat(browser.get(link(second)).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownMissingAndMangledTokensGetThePageThatSaysTheLinkNoLongerWorks() throws Exception {
		Browser browser = browser();
		for (String path : List.of("/password-reset/new", "/password-reset/new?token=",
				"/password-reset/new?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
				"/password-reset/new?token=" + "x".repeat(5000), "/password-reset/new?token=%27%22%3C")) {
			assertDead(browser.get(path));
		}
	}

	@Test
	void aNewPasswordFollowsTheRegistrationRulesAndAWrongOneKeepsTheLinkAlive() throws Exception {
		String email = register("rules");
		Browser browser = browser();
		ask(browser, email);
		String token = token(onlyMailTo(email));
		browser.get(link(token));

		HttpResponse<String> tooShort = save(browser, token, "short");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooShort.body()).select(".error-summary").text()).contains("at least 10 characters");
		HttpResponse<String> different = browser.post("/password-reset/new",
				Map.of("token", token, "password", NEW_PASSWORD, "passwordRepeated", NEW_PASSWORD + "!"));
		assertThat(different.statusCode()).isEqualTo(400);

		assertThat(browser().logIn(email, Runners.PASSWORD)).as("the password is unchanged").isTrue();
		assertThat(browser.get(link(token)).statusCode()).isEqualTo(200);
	}

	@Test
	void askingIsThrottledPerEmailWhateverItsSpellingAndFromWhichAddress() throws Exception {
		String email = register("flooded");
		for (int ask = 1; ask <= 3; ask++) {
			assertThat(ask(browser(), ask == 2 ? email.toUpperCase() : email).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = ask(browser(), email.toUpperCase());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Jsoup.parse(refused.body()).select(".error-summary").text()).contains("asked for too often");

		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		for (int ask = 1; ask <= 3; ask++) {
			ask(browser(), nobody);
		}
		assertThat(ask(browser(), nobody).statusCode()).as("the same for an email without an account").isEqualTo(429);

		now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(ask(browser(), email).statusCode()).as("after the lockout").isEqualTo(302);
	}

	@Test
	void askingIsThrottledPerAddress() throws Exception {
		Browser browser = browser();
		for (int ask = 1; ask <= 10; ask++) {
			assertThat(ask(browser, "nobody-" + UUID.randomUUID() + "@example.org").statusCode()).isEqualTo(302);
		}
		assertThat(ask(browser, "nobody-" + UUID.randomUUID() + "@example.org").statusCode()).isEqualTo(429);
		assertThat(ask(browser(), "nobody-" + UUID.randomUUID() + "@example.org").statusCode())
			.as("from another address").isEqualTo(302);
	}

	@Test
	void badInputGetsTheFormAgainWithA400() throws Exception {
		Browser browser = browser();
		for (String email : List.of("", "not an email", "a".repeat(250) + "@example.org")) {
			browser.get("/password-reset");
			HttpResponse<String> answer = browser.post("/password-reset", Map.of("email", email));
			assertThat(answer.statusCode()).as(email).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select(".error-summary").text()).as(email).isNotEmpty();
		}
	}

	@Test
	void theLoginPageLinksToTheForm() throws Exception {
		Browser browser = browser();
		assertThat(Jsoup.parse(browser.get("/login").body()).select("a[href=/password-reset]").text())
			.isEqualTo("Forgot your password?");
		assertThat(browser.get("/password-reset").statusCode()).isEqualTo(200);
	}

	/** Posts the new-password form of a link, with the password typed the same twice. */
	private static HttpResponse<String> save(Browser browser, String token, String password) throws Exception {
		return browser.post("/password-reset/new",
				Map.of("token", token, "password", password, "passwordRepeated", password));
	}

	private void assertDead(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("This link no longer works");
		assertThat(Jsoup.parse(answer.body()).select("a:contains(Ask for a new link)").attr("href"))
			.isEqualTo("/password-reset");
	}

	private String register(String name) {
		String email = name + "-" + UUID.randomUUID() + "@example.org";
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		return email;
	}

	private Browser browser() {
		return new Browser(port).header("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement() % 250);
	}

	static HttpResponse<String> ask(Browser browser, String email) throws Exception {
		browser.get("/password-reset");
		return browser.post("/password-reset", Map.of("email", email));
	}

	private static String token(MimeMessage mail) {
		return token(TestSmtp.text(mail));
	}

	static String token(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a link in %s", text).isTrue();
		return matcher.group(1);
	}

	private static String link(String token) {
		return "/password-reset/new?token=" + token;
	}

}
