package dev.hipflex.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

	/**
	 * Hands each caller its own copy of the cached {@code MessageFormat}, so no two threads share one. And it
	 * remembers what each code resolved to: Spring's source looks for a code in each of the basenames in turn (a
	 * dozen here) every time, and a page asks for a few hundred messages. The bundles are read once and kept for the
	 * process's life (no {@code spring.messages.cache-duration}), so what a code resolves to never changes; with a
	 * cache duration set, nothing is remembered. Only codes found are remembered, for a few locales, so the memory
	 * is bounded by the bundles whatever codes are asked for.
	 */
	static class CopyingMessageSource extends ResourceBundleMessageSource {

		private static final int MAX_LOCALES = 8;

		private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

		private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			return remembered(texts, code, locale, () -> super.resolveCodeWithoutArguments(code, locale));
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = remembered(formats, code, locale, () -> super.resolveCode(code, locale));
			return shared == null ? null : (MessageFormat) shared.clone();
		}

		/** How many locales have remembered texts or formats (for tests). */
		int rememberedLocales() {
			return Math.max(texts.size(), formats.size());
		}

		private <T> T remembered(Map<Locale, Map<String, T>> cache, String code, Locale locale, Supplier<T> resolve) {
			Map<String, T> byCode = cache.get(locale);
			T known = byCode == null ? null : byCode.get(code);
			if (known != null) {
				return known;
			}
			T resolved = resolve.get();
			if (resolved != null && getCacheMillis() < 0 && (byCode != null || cache.size() < MAX_LOCALES)) {
				cache.computeIfAbsent(locale, any -> new ConcurrentHashMap<>()).put(code, resolved);
			}
			return resolved;
		}

	}

}
