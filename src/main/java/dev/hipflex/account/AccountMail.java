package dev.hipflex.account;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.Mail;
import dev.hipflex.system.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mails an account gets, and the one place that sends them: off the request path, on Spring Boot's task
 * executor, so a page never waits for a mail server and answers the same whether or not a mail goes out.
 * Every link starts with {@link BaseUrl}, never with the request's host.
 */
@Component
class AccountMail {

	private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

	private final Mailer mailer;

	private final BaseUrl baseUrl;

	private final TaskExecutor executor;

	AccountMail(Mailer mailer, BaseUrl baseUrl, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.mailer = mailer;
		this.baseUrl = baseUrl;
		this.executor = executor;
	}

	/**
	 * Runs the work (finding the account, making a token, sending) after the answer has been made, on another
	 * thread; a failure is logged on one line and the runner can ask again.
	 */
	void later(String what, Runnable work) {
		executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not send the {} mail: {}", what, ex.toString());
			}
		});
	}

	void passwordReset(String to, String token) {
		mailer.send(new Mail(to, "password-reset", "mail.passwordReset.subject", Map.of("link",
				link(AccountUrls.PASSWORD_RESET_NEW, token), "minutes", minutes(AccountTokens.LIFETIME))));
	}

	void confirmEmail(String to, String token) {
		mailer.send(new Mail(to, "email-confirm", "mail.emailConfirm.subject", Map.of("link",
				link(AccountUrls.EMAIL_CONFIRM, token), "minutes", minutes(AccountTokens.LIFETIME), "email", to)));
	}

	/** To an address asked for as an account's new one that has an account of its own: nothing changes. */
	void emailTaken(String to) {
		mailer.send(new Mail(to, "email-taken", "mail.emailTaken.subject",
				Map.of("login", baseUrl.of(AccountUrls.LOGIN), "reset", baseUrl.of(AccountUrls.PASSWORD_RESET))));
	}

	/** To the old address, once the new one is confirmed. */
	void emailChanged(String to, String newEmail) {
		mailer.send(new Mail(to, "email-changed", "mail.emailChanged.subject",
				Map.of("email", newEmail, "oldEmail", to)));
	}

	/** Before deleting an account nobody has used for a long time ({@link RetentionJob}): log in to keep it. */
	void retentionWarning(String to, LocalDate deleteFrom) {
		mailer.send(new Mail(to, "retention-warning", "mail.retentionWarning.subject",
				Map.of("login", baseUrl.of(AccountUrls.LOGIN), "date", deleteFrom.toString(), "email", to)));
	}

	private String link(String path, String token) {
		return baseUrl.of(UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString());
	}

	private static long minutes(Duration duration) {
		return duration.toMinutes();
	}

}
