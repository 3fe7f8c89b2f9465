package dev.hipflex.system;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What crawlers read before any page: {@code /robots.txt} keeps them out of runners' pages, the forms and the
 * search results and names {@code /sitemap.xml}, which lists every public page the features offer
 * ({@link PublicPage.Provider}) with the day its content last changed. Both use {@link BaseUrl}'s addresses.
 */
@Controller
class SearchEngineController {

	static final String SITEMAP = "/sitemap.xml";

	static final String ROBOTS = "/robots.txt";

	/**
	 * Runners' pages (they need a login: account's SecurityConfiguration), the forms to log in, register and
	 * log out, and the search results. A page here is never in the sitemap (SitemapTest).
	 */
	static final List<String> KEPT_OUT = List.of("/account", "/journal", "/my", "/login", "/logout", "/register",
			"/search");

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final List<PublicPage.Provider> providers;

	private final BaseUrl baseUrl;

	SearchEngineController(List<PublicPage.Provider> providers, BaseUrl baseUrl) {
		this.providers = providers;
		this.baseUrl = baseUrl;
	}

	@GetMapping(value = ROBOTS, produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		KEPT_OUT.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
		robots.append("\nSitemap: ").append(baseUrl.of(SITEMAP)).append('\n');
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(robots.toString());
	}

	@GetMapping(SITEMAP)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<PublicPage> pages = providers.stream().flatMap(provider -> provider.publicPages().stream()).toList();
		LocalDate latest = pages.stream().map(PublicPage::updatedOn).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (PublicPage page : pages) {
			xml.writeStartElement("url");
			element(xml, "loc", baseUrl.of(page.path()));
			LocalDate updated = page.updatedOn() != null ? page.updatedOn() : latest;
			if (updated != null) {
				element(xml, "lastmod", updated.toString());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
