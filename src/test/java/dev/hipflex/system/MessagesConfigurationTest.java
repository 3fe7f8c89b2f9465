package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;

/**
 * The application's message source: the messages of every file named in {@code spring.messages.basename},
 * formatted correctly from many threads at once, each on its own copy of the message's format.
 */
@SpringBootTest
class MessagesConfigurationTest {

	@Autowired
	MessageSource messages;

	@Test
	void readsEveryMessageFileWithTheConfiguredSettings() {
		assertThat(messages).isInstanceOf(MessagesConfiguration.CopyingMessageSource.class);
		// messages.properties, messages-journal.properties and messages-security.properties
		assertThat(messages.getMessage("journal.outOfTen", new Object[] { 3 }, Locale.UK)).isEqualTo("3 of 10");
		assertThat(messages.getMessage("journal.effort.value", new Object[] { 6, "moderate" }, Locale.UK))
			.isEqualTo("6 of 10: moderate");
		assertThat(messages.getMessage("journal.title", null, Locale.UK)).isEqualTo("Your training journal");
		// fallback-to-system-locale=false: another language gets the default file, whatever the machine's locale
		assertThat(messages.getMessage("journal.outOfTen", new Object[] { 3 }, Locale.GERMANY)).isEqualTo("3 of 10");
		// a number with arguments keeps the locale's grouping
		assertThat(messages.getMessage("journal.outOfTen", new Object[] { 12345 }, Locale.UK)).isEqualTo("12,345 of 10");
	}

	@Test
	void takesEverySettingOfSpringMessagesAsSpringBootDoes() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages-journal"));
		properties.setFallbackToSystemLocale(false);
		properties.setUseCodeAsDefaultMessage(true);
		properties.setCommonMessages(List.of(new ByteArrayResource("only.common=Shared text\n".getBytes())));
		MessageSource configured = new MessagesConfiguration().messageSource(properties);

		assertThat(configured.getMessage("journal.outOfTen", new Object[] { 4 }, Locale.UK)).isEqualTo("4 of 10");
		assertThat(configured.getMessage("only.common", null, Locale.UK)).isEqualTo("Shared text");
		assertThat(configured.getMessage("no.such.message", null, Locale.UK)).isEqualTo("no.such.message");
	}

	@Test
	void eachFormattingGetsItsOwnCopyOfTheMessageFormat() {
		MessagesConfiguration.CopyingMessageSource source = (MessagesConfiguration.CopyingMessageSource) messages;
		MessageFormat first = source.resolveCode("journal.outOfTen", Locale.UK);
		MessageFormat second = source.resolveCode("journal.outOfTen", Locale.UK);
		assertThat(first).isNotSameAs(second);
		assertThat(first.toPattern()).isEqualTo(second.toPattern()).isEqualTo("{0} of 10");
		assertThat(source.resolveCode("no.such.message", Locale.UK)).isNull();
	}

	@Test
	void remembersWhereACodeWasFoundButNeverACodeThatWasNotAndStopsAtAFewLocales() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages", "messages-journal", "messages-handout"));
		properties.setFallbackToSystemLocale(false);
		MessagesConfiguration.CopyingMessageSource source = (MessagesConfiguration.CopyingMessageSource) new MessagesConfiguration()
			.messageSource(properties);
		// found in the last file named, again and again: the same text each time
		String handout = source.resolveCodeWithoutArguments("handout.title", Locale.UK);
		assertThat(handout).isNotBlank().isEqualTo(source.resolveCodeWithoutArguments("handout.title", Locale.UK));
		assertThat(source.resolveCodeWithoutArguments("no.such.message", Locale.UK)).isNull();
		// a new locale per request (an attacker's Accept-Language): still resolved, remembered for a few locales only
		for (int i = 0; i < 50; i++) {
			Locale locale = new Locale("x" + i);
			assertThat(source.resolveCodeWithoutArguments("journal.title", locale)).isEqualTo("Your training journal");
			assertThat(source.resolveCode("journal.outOfTen", locale).toPattern()).isEqualTo("{0} of 10");
		}
		assertThat(source.rememberedLocales()).isLessThanOrEqualTo(8);
		// with a cache duration the files may change, so nothing is remembered
		properties.setCacheDuration(Duration.ofSeconds(5));
		MessagesConfiguration.CopyingMessageSource reloading = (MessagesConfiguration.CopyingMessageSource) new MessagesConfiguration()
			.messageSource(properties);
		assertThat(reloading.resolveCodeWithoutArguments("journal.title", Locale.UK)).isEqualTo("Your training journal");
		assertThat(reloading.rememberedLocales()).isZero();
	}

	@Test
	void formatsCorrectlyFromManyThreadsAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int offset = thread;
				results.add(threads.submit(() -> {
					List<String> wrong = new ArrayList<>();
					for (int i = 0; i < 2_000; i++) {
						int value = (i + offset) % 11;
						String text = messages.getMessage("journal.outOfTen", new Object[] { value }, Locale.UK);
						if (!text.equals(value + " of 10")) {
							wrong.add(text);
						}
					}
					return wrong;
				}));
			}
			for (Future<List<String>> result : results) {
				assertThat(result.get()).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
