package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.hipflex.Runners;
import dev.hipflex.TestSmtp;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.HealthDataConsent;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole password reset in Chromium, from the login page to logging in with the new password, in the default
 * configuration: no mail server, so the link is read from the {@code .eml} file in the data folder's outbox.
 * ({@link PasswordResetGreenMailJourneyTest} does the same with a mail server.)
 */
class PasswordResetJourneyTest extends BrowserTest {

	static final String BASE_URL = "https://hipflex.example.org";

	static final String NEW_PASSWORD = "a brand new password for the journey";

	private static final Path DATA_DIR = temporaryFolder();

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("hipflex.data-dir", DATA_DIR::toString);
		registry.add("hipflex.base-url", () -> BASE_URL);
	}

	@Autowired
	AccountService accounts;

	@Test
	void aRunnerWhoForgotTheirPasswordGetsTheLinkFromTheOutboxAndLogsInWithANewOne() {
		String email = newEmail("forgot");
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);

		resetFromTheLoginPage(this, email, () -> TestSmtp.text(newestMail(DATA_DIR.resolve("outbox"))));

		assertThat(find("main").getText()).doesNotContain(DATA_DIR.toString());
	}

	/**
	 * The runner's steps: the login page's link, the email, the link from the mail ({@code mailText} waits for
	 * it), the new password twice; then they are logged in, and after logging out the new password works and the
	 * old one does not.
	 */
	static void resetFromTheLoginPage(BrowserTest test, String email, Supplier<String> mailText) {
		test.go("/login");
		test.click("Forgot your password?");
		assertThat(test.path()).isEqualTo("/password-reset");
		test.assertAccessible("the forgotten password form");
		test.type("email", email);
		test.click("Send me a link");
		assertThat(test.path()).isEqualTo("/password-reset/sent");
		assertThat(test.h1()).isEqualTo("Check your email");

		String link = link(mailText.get());
		assertThat(link).startsWith(BASE_URL + "/password-reset/new?token=");
		// The browser reaches this server on its own port; the link names the configured address, as behind a proxy.
		test.go(link.substring(BASE_URL.length()));
		assertThat(test.h1()).isEqualTo("Choose a new password");
		test.assertAccessible("the new password form");
		test.type("password", NEW_PASSWORD);
		test.type("passwordRepeated", NEW_PASSWORD);
		test.click("Save new password");
		assertThat(test.path()).isEqualTo("/account");
		assertThat(test.find(".notice").getText()).contains("Your new password is saved");

		test.go(link.substring(BASE_URL.length()));
		assertThat(test.h1()).as("the link a second time").isEqualTo("This link no longer works");
		test.logOut();
		logIn(test, email, Runners.PASSWORD);
		assertThat(test.path()).as("the old password").startsWith("/login");
		logIn(test, email, NEW_PASSWORD);
		assertThat(test.path()).as("the new password").isEqualTo("/");
	}

	private static void logIn(BrowserTest test, String email, String password) {
		test.go("/login");
		test.type("email", email);
		test.type("password", password);
		test.clickAndWait(test.driver.findElement(By.cssSelector("main form button[type=submit]")));
	}

	static String link(String text) {
		Matcher matcher = Pattern.compile(Pattern.quote(BASE_URL) + "/password-reset/new\\?token=[A-Za-z0-9_-]+")
			.matcher(text);
		assertThat(matcher.find()).as("a link in %s", text).isTrue();
		return matcher.group();
	}

	/** Waits for the one mail in the outbox (it is written after the page has answered) and reads it. */
	private MimeMessage newestMail(Path outbox) {
		List<Path> files = browser.waiting().until(driver -> {
			List<Path> found = emls(outbox);
			return found.isEmpty() ? null : found;
		});
		assertThat(files).hasSize(1);
		try (InputStream in = Files.newInputStream(files.get(0))) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

	private static List<Path> emls(Path outbox) {
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".eml")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("hipflex-outbox-test");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
