package dev.hipflex.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.CollectionFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's messages, configured by the {@code spring.messages.*} properties as Spring Boot's own
 * message source is, with one difference: a message with arguments is formatted on a copy of its
 * {@link MessageFormat}.
 * <p>
 * Spring's message source keeps one {@code MessageFormat} per message and formats on it inside
 * {@code synchronized}, because a {@code MessageFormat} is not thread-safe. A page that formats the same
 * message many times (the history's "6 of 10" in every row) then queues every request thread on that one lock;
 * under 16 connections on 2 cores the history spent more time waiting for it than formatting (Java Flight
 * Recorder, 26 November 2026: 3,566 waits of over 10 ms in 15 s, all on two {@code MessageFormat}s). A copy
 * costs an array copy; the parsed pattern is still cached.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/** Named {@code messageSource}, so Spring Boot's auto-configured one steps aside. */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messages = new CopyingMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		messages.setCommonMessages(commonMessages(properties.getCommonMessages()));
		return messages;
	}

	/** The messages of {@code spring.messages.common-messages}, read once, as Spring Boot reads them. */
	private static Properties commonMessages(List<Resource> resources) {
		if (resources == null || resources.isEmpty()) {
			return null;
		}
		Properties common = CollectionFactory.createSortedProperties(false);
		for (Resource resource : resources) {
			try {
				PropertiesLoaderUtils.fillProperties(common, resource);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("spring.messages.common-messages: cannot read " + resource, ex);
			}
		}
		return common;
	}

	/** Hands each caller its own copy of the cached {@code MessageFormat}, so no two threads share one. */
	static class CopyingMessageSource extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return shared == null ? null : (MessageFormat) shared.clone();
		}

	}

}
