package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The web pages' template engine keeps every expression of every template parsed: its expression cache has room
 * for them all, twice over (an attribute's expression and the Spring expressions inside it take an entry each).
 * With Thymeleaf's default of 500 entries the pages parsed and compiled their own expressions again and again.
 */
@SpringBootTest
class TemplateCachesTest {

	private static final Pattern ATTRIBUTE = Pattern.compile("(?:th|sec):[a-z-]+=\"([^\"]*)\"");

	private static final Pattern INNER = Pattern.compile("[$#@~*]\\{[^}]*\\}");

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void theExpressionCacheHasRoomForEveryExpressionOfEveryTemplate() throws IOException {
		Set<String> expressions = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher attribute = ATTRIBUTE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (attribute.find()) {
					expressions.add(attribute.group(1));
					Matcher inner = INNER.matcher(attribute.group(1));
					while (inner.find()) {
						expressions.add(inner.group());
					}
				}
			}
		}
		assertThat(expressions).as("the templates' expressions were found").hasSizeGreaterThan(1000);

		StandardCacheManager caches = (StandardCacheManager) engine.getCacheManager();

		assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateCaches.EXPRESSION_CACHE_SIZE)
			.isGreaterThanOrEqualTo(2 * expressions.size());
	}

}
