package dev.hipflex.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a page's schema.org objects ({@link SchemaOrg}) as one JSON-LD document for the layout's
 * {@code <script type="application/ld+json">} block. Jackson writes the JSON; then every {@code <}, {@code >}
 * and {@code &} (which JSON has only inside strings) becomes its {@code \\u} escape, so content holding
 * {@code </script>} or {@code <!--} can neither end the block nor open a comment that hides the rest of the
 * page, and the JSON reads the same. The block is data, not a script: browsers do not run it, so the strict
 * Content-Security-Policy ({@code script-src 'self'}, no {@code unsafe-inline}) needs nothing for it.
 */
@Component
public class StructuredData {

	private final JsonMapper json;

	private final BaseUrl baseUrl;

	StructuredData(JsonMapper json, BaseUrl baseUrl) {
		this.json = json;
		this.baseUrl = baseUrl;
	}

	/** The page's main object, if any, and its breadcrumbs (names and paths, from the home page to the page). */
	public String of(Object page, List<Crumb> breadcrumbs) {
		List<Object> graph = new ArrayList<>();
		if (page != null) {
			graph.add(page);
		}
		List<SchemaOrg.ListItem> items = new ArrayList<>();
		for (Crumb crumb : breadcrumbs) {
			items.add(new SchemaOrg.ListItem(items.size() + 1, crumb.name(), baseUrl.of(crumb.path())));
		}
		graph.add(new SchemaOrg.BreadcrumbList(items));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", graph);
		return safe(json.writeValueAsString(document));
	}

	/** A step of the breadcrumbs: a page's name and path. */
	public record Crumb(String name, String path) {
	}

	static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
			.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
	}

}
