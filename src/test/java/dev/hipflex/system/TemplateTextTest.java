package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * All interface text lives in messages.properties: templates hold no text a reader would see except
 * placeholders that Thymeleaf replaces, and every message key a template names exists.
 */
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears. */
	static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value",
			"aria-description");

	/** Attributes that replace an element's content, so text inside is only a placeholder. */
	static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

	static final String JSON_LD = "<script type=\"application/ld+json\" th:if=\"${pageMeta.structuredData != null}\" "
			+ "th:utext=\"${pageMeta.structuredData}\"></script>";

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void templatesHoldNoUntranslatedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank() && !isPunctuation(text.text()) && !replaced(element)) {
						problems.add(template.getFileName() + ": text \"" + text.text().strip() + "\" in <"
								+ element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					boolean shownValue = !attribute.getKey().equals("value")
							|| List.of("submit", "button", "reset").contains(element.attr("type"));
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && shownValue && !attribute.getValue().isBlank()
							&& !element.hasAttr("th:" + attribute.getKey()) && !isPunctuation(attribute.getValue())) {
						problems.add(template.getFileName() + ": attribute " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter(path -> path.getFileName().toString().matches("messages.*\\.properties"))
				.toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoInlineStylesOrScripts() throws IOException {
		for (Path template : templates()) {
			// The one script element allowed is the layout's JSON-LD block: data, which browsers do not run.
			String html = Files.readString(template).replace(JSON_LD, "");
			// A page may load a script file of its own from static/js (script-src 'self'): never code in the page.
			html = html.replaceAll("<script th:src=\"@\\{/js/[a-z-]+\\.js\\}\" defer></script>", "");
			assertThat(html).as(template.toString()).doesNotContain("style=", "<style", "<script", "javascript:")
				.doesNotContainPattern(" on[a-z]+=\"");
		}
	}

	private static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isPunctuation(String text) {
		return text.strip().matches("[\\p{Punct}\\p{S}·–—…\\s]*");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

}
