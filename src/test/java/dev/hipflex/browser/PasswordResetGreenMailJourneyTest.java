package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hipflex.Runners;
import dev.hipflex.TestSmtp;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.HealthDataConsent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole password reset in Chromium with the tests' mail configuration: a real SMTP server in the JVM
 * (GreenMail), from which the link is read.
 */
class PasswordResetGreenMailJourneyTest extends BrowserTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestSmtp.configure(registry);
		registry.add("hipflex.base-url", () -> PasswordResetJourneyTest.BASE_URL);
	}

	@Autowired
	AccountService accounts;

	@Test
	void aRunnerWhoForgotTheirPasswordGetsTheLinkByMailAndLogsInWithANewOne() {
		String email = newEmail("forgot-mailed");
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);

		PasswordResetJourneyTest.resetFromTheLoginPage(this, email, () -> TestSmtp.text(TestSmtp.onlyMailTo(email)));

		assertThat(find("main").getText()).doesNotContain("outbox");
	}

}
