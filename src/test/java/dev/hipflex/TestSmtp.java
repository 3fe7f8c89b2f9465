package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server inside the test JVM (GreenMail, on a free port), started once for the whole run, and what
 * tests read from it. Tests find their mails by recipient: mails other tests asked for may arrive at any time.
 */
public final class TestSmtp {

	public static final GreenMail SERVER = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SERVER.start();
	}

	private TestSmtp() {
	}

	/** Points the application's {@code spring.mail.*} at the server (from a {@code @DynamicPropertySource}). */
	public static void configure(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
	}

	/** Waits up to 10 s for a mail to the email (they are sent after the answer) and expects exactly one. */
	public static MimeMessage onlyMailTo(String email) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		try {
			while (mailsTo(email).isEmpty() && System.nanoTime() < until) {
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).as("mails to %s", email).hasSize(1);
		return mails.get(0);
	}

	public static List<MimeMessage> mailsTo(String email) {
		List<MimeMessage> mails = new ArrayList<>();
		try {
			for (MimeMessage mail : SERVER.getReceivedMessages()) {
				if (mail.getAllRecipients()[0].toString().equals(email)) {
					mails.add(mail);
				}
			}
		}
		catch (MessagingException ex) {
			throw new AssertionError(ex);
		}
		return mails;
	}

	/** The plain-text part of one of HipFlex's mails (decoded: the raw body may break a long link's line). */
	public static String text(MimeMessage mail) {
		try {
			return ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
		}
		catch (IOException | MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

}
