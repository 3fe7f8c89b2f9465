package dev.hipflex.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends HipFlex's mails: plain text and HTML (multipart/alternative), from {@code hipflex.mail.from}, through the
 * mail server Spring Boot sets up from {@code spring.mail.*}. With no mail server set (the default run), each
 * message is written instead as a standard {@code .eml} file to the folder {@code outbox} in the data folder
 * ({@code hipflex.data-dir}), readable only by the application's user, and one log line says where: a runner of
 * a self-hosted HipFlex can still open the link in it. Sends on the caller's thread: callers answering a
 * request hand it to an executor, so the answer never waits for a mail server.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final ObjectProvider<JavaMailSender> servers;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	private final InternetAddress from;

	private final Path outbox;

	private final Locale locale;

	Mailer(ObjectProvider<JavaMailSender> servers, MessageSource messages, Clock clock,
			@Value("${hipflex.mail.from}") String from, @Value("${hipflex.data-dir}") String dataDir,
			@Value("${spring.web.locale:en}") Locale locale, @Value("${spring.thymeleaf.cache:true}") boolean cache) {
		this.servers = servers;
		this.messages = messages;
		this.clock = clock;
		this.from = sender(from);
		this.outbox = Path.of(dataDir).resolve("outbox");
		this.locale = locale;
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateEngineMessageSource(messages);
		this.templates.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, cache));
		this.templates.addTemplateResolver(resolver(".html", TemplateMode.HTML, cache));
	}

	/** The folder mails are written to when no mail server is set. */
	public Path outbox() {
		return outbox;
	}

	/** Whether mails go to a mail server ({@code spring.mail.host} is set) rather than to the outbox. */
	public boolean hasServer() {
		return servers.getIfAvailable() != null;
	}

	/** Sends the mail, or writes it to the outbox; now, on this thread. */
	public void send(Mail mail) {
		JavaMailSender server = servers.getIfAvailable();
		MimeMessage message = server != null ? server.createMimeMessage()
				: new MimeMessage(Session.getInstance(new Properties()));
		try {
			compose(message, mail);
			if (server != null) {
				server.send(message);
			}
			else {
				message.saveChanges();
				writeToOutbox(message, mail.template());
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("could not compose the mail " + mail.template(), ex);
		}
	}

	private void compose(MimeMessage message, Mail mail) throws MessagingException {
		Context context = new Context(locale, mail.variables());
		String subject = messages.getMessage(mail.subject(), mail.subjectArguments(), locale);
		context.setVariable("subject", subject);
		MimeBodyPart text = new MimeBodyPart();
		text.setText(templates.process(mail.template() + ".txt", context), StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(templates.process(mail.template() + ".html", context), StandardCharsets.UTF_8.name(), "html");
		message.setFrom(from);
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
		message.setSubject(subject, StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(clock.instant()));
		// RFC 3834: no out-of-office replies to a message no person sent.
		message.setHeader("Auto-Submitted", "auto-generated");
		for (java.util.Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		message.setContent(new MimeMultipart("alternative", text, html));
	}

	/** Written under another name first and then renamed, so a reader of the folder never sees half a mail. */
	private void writeToOutbox(MimeMessage message, String template) throws MessagingException {
		String name = FILE_TIME.format(clock.instant()) + "-" + template + "-"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".eml";
		try {
			Files.createDirectories(outbox, ownerOnly("rwx------"));
			Path partial = Files.createTempFile(outbox, ".", ".partial", ownerOnly("rw-------"));
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			Path file = Files.move(partial, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			log.info("No mail server is set (spring.mail.host), so the mail is in {}", file.toAbsolutePath().normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the mail to " + outbox.toAbsolutePath(), ex);
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) }
				: new FileAttribute<?>[0];
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, boolean cache) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(cache);
		return resolver;
	}

	/** Refused at start-up rather than at the first mail. */
	static InternetAddress sender(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			address.validate();
			return address;
		}
		catch (AddressException ex) {
			throw new IllegalStateException("hipflex.mail.from (HIPFLEX_MAIL_FROM) must be an email address such as "
					+ "\"HipFlex <hipflex@example.org>\", not \"" + from + "\"", ex);
		}
	}

}
