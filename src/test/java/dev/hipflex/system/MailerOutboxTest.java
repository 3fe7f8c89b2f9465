package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * With no mail server set (the default run), a mail is a standard .eml file in the outbox folder of the data
 * folder, readable only by the application's user, and one log line says where.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailerOutboxTest {

	@TempDir
	Path dataDir;

	@Test
	void withoutAMailServerTheMailIsAnEmlFileInTheOutboxAndOneLogLineSaysWhere(CapturedOutput output) throws Exception {
		Mailer mailer = mailer("HipFlex <hipflex@example.org>");
		assertThat(mailer.hasServer()).isFalse();

		mailer.send(new Mail("runner@example.org", "password-reset", "mail.passwordReset.subject",
				Map.of("link", "https://hipflex.example.org/password-reset/new?token=abc", "minutes", 30L)));

		Path outbox = dataDir.resolve("outbox");
		List<Path> files;
		try (Stream<Path> listed = Files.list(outbox)) {
			files = listed.toList();
		}
		assertThat(files).hasSize(1);
		Path file = files.get(0);
		assertThat(file.getFileName().toString()).startsWith("20261207T053000Z-password-reset-").endsWith(".eml");
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		MimeMessage mail;
		try (InputStream in = Files.newInputStream(file)) {
			mail = new MimeMessage(Session.getInstance(new Properties()), in);
		}
		assertThat(mail.getFrom()[0].toString()).isEqualTo("HipFlex <hipflex@example.org>");
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("runner@example.org");
		assertThat(mail.getSubject()).isEqualTo("Choose a new HipFlex password");
		assertThat(mail.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-12-07T05:30:00Z"));
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(parts.getBodyPart(0).getContent().toString())
			.contains("https://hipflex.example.org/password-reset/new?token=abc", "30 minutes");
		assertThat(parts.getBodyPart(1).getContent().toString())
			.contains("href=\"https://hipflex.example.org/password-reset/new?token=abc\"");

		List<String> lines = output.getOut().lines().filter(line -> line.contains("outbox")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains(file.toAbsolutePath().toString()).contains("spring.mail.host");
	}

	@Test
	void aSenderThatIsNoAddressIsRefusedAtStartUp() {
		assertThatThrownBy(() -> mailer("not an address")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("hipflex.mail.from");
	}

	private Mailer mailer(String from) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Clock clock = Clock.fixed(Instant.parse("2026-12-07T05:30:00Z"), ZoneId.of("Pacific/Kiritimati"));
		return new Mailer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), messages, clock, from,
				dataDir.toString(), Locale.ENGLISH, false);
	}

}
