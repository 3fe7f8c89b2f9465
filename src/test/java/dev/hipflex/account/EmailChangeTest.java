package dev.hipflex.account;

import static dev.hipflex.TestSmtp.mailsTo;
import static dev.hipflex.TestSmtp.onlyMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Changing the email on a real server with a real SMTP server (GreenMail): the new address gets a link, the old
 * one stays the login until the link is followed by the account itself, then the old address gets a notice;
 * every browser stays logged in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hipflex.trusted-proxies=127.0.0.1/32", "hipflex.base-url=https://hipflex.example.org" })
class EmailChangeTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestSmtp.configure(registry);
	}

	private static final Pattern LINK = Pattern
		.compile("https://hipflex\\.example\\.org(/account/email/confirm\\?token=[A-Za-z0-9_-]+)");

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void theNewAddressConfirmsTheOldOneIsToldAndEveryBrowserStaysLoggedIn() throws Exception {
		String old = email("old");
		String fresh = email("new");
		accounts.register(old, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		Browser other = browser();
		assertThat(other.logIn(old, Runners.PASSWORD)).isTrue();
		Browser browser = browser();
		assertThat(browser.logIn(old, Runners.PASSWORD)).isTrue();

		HttpResponse<String> asked = ask(browser, fresh.toUpperCase(), Runners.PASSWORD);
		assertThat(asked.statusCode()).isEqualTo(302);
		String path = link(onlyMailTo(fresh));
		assertThat(browser.get("/account").body()).contains("A link is waiting at " + fresh);
		assertThat(browser().logIn(fresh, Runners.PASSWORD)).as("before the link is followed").isFalse();
		assertThat(browser().logIn(old, Runners.PASSWORD)).as("before the link is followed").isTrue();

		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("main, #content").text()).contains(old, fresh);
		HttpResponse<String> confirmed = browser.post("/account/email/confirm", Map.of("token", token(path)));
		assertThat(confirmed.statusCode()).isEqualTo(302);

		assertThat(browser.get("/account").body()).contains("You are logged in as " + fresh);
		assertThat(other.get("/account").statusCode()).as("the other browser").isEqualTo(200);
		assertThat(browser().logIn(fresh, Runners.PASSWORD)).isTrue();
		assertThat(browser().logIn(old, Runners.PASSWORD)).isFalse();
		String notice = TestSmtp.text(onlyMailTo(old));
		assertThat(notice).contains(old, fresh);
		assertThat(browser.get(path).statusCode()).as("the link a second time").isEqualTo(410);
	}

	@Test
	void onlyTheAccountThatAskedCanFollowTheLink() throws Exception {
		String owner = email("owner");
		String fresh = email("wanted");
		String stranger = email("stranger");
		accounts.register(owner, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		accounts.register(stranger, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		Browser browser = browser();
		browser.logIn(owner, Runners.PASSWORD);
		ask(browser, fresh, Runners.PASSWORD);
		String path = link(onlyMailTo(fresh));

		Browser theirs = browser();
		theirs.logIn(stranger, Runners.PASSWORD);
		assertThat(theirs.get(path).statusCode()).isEqualTo(410);
		theirs.get("/account");
		assertThat(theirs.post("/account/email/confirm", Map.of("token", token(path))).statusCode()).isEqualTo(410);
		Browser visitor = browser();
		assertThat(visitor.get(path).statusCode()).as("a visitor is sent to log in").isEqualTo(302);

		assertThat(browser().logIn(fresh, Runners.PASSWORD)).isFalse();
		assertThat(browser.get(path).statusCode()).as("still works for the owner").isEqualTo(200);
	}

	@Test
	void aWrongPasswordSendsNothingAndAnAddressWithAnAccountGetsANoticeInstead() throws Exception {
		String owner = email("careful");
		String taken = email("taken");
		accounts.register(owner, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		accounts.register(taken, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		Browser browser = browser();
		browser.logIn(owner, Runners.PASSWORD);

		HttpResponse<String> wrong = ask(browser, email("nowhere"), "not my password");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.body()).select(".error-summary").text()).contains("current password is not right");
		HttpResponse<String> same = ask(browser, owner, Runners.PASSWORD);
		assertThat(same.statusCode()).isEqualTo(400);
		HttpResponse<String> bad = ask(browser, "not an address", Runners.PASSWORD);
		assertThat(bad.statusCode()).isEqualTo(400);

		HttpResponse<String> toTaken = ask(browser, taken, Runners.PASSWORD);
		assertThat(toTaken.statusCode()).as("the same answer as for a free address").isEqualTo(302);
		MimeMessage notice = onlyMailTo(taken);
		assertThat(TestSmtp.text(notice)).contains("already has an account", "Nothing was changed")
			.doesNotContain("/account/email/confirm");
		assertThat(mailsTo(owner)).isEmpty();
		assertThat(browser().logIn(owner, Runners.PASSWORD)).isTrue();
	}

	private static HttpResponse<String> ask(Browser browser, String newEmail, String password) throws Exception {
		browser.get("/account");
		return browser.post("/account/email", Map.of("newEmail", newEmail, "password", password));
	}

	private static String link(MimeMessage mail) {
		Matcher matcher = LINK.matcher(TestSmtp.text(mail));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String token(String path) {
		return path.substring(path.indexOf("token=") + "token=".length());
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	private Browser browser() {
		return new Browser(port).header("X-Forwarded-For", "203.0.113." + ADDRESSES.getAndIncrement() % 250);
	}

}
