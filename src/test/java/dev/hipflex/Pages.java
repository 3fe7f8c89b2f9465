package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Fetches pages through MockMvc and parses them, checking what every page must have. */
public final class Pages {

	private Pages() {
	}

	public static Document fetch(MockMvc mvc, String url, int expectedStatus) throws Exception {
		return fetch(mvc, url, expectedStatus, null);
	}

	/** Fetches a page as a logged-in runner. */
	public static Document fetch(MockMvc mvc, String url, dev.hipflex.account.CurrentRunner runner) throws Exception {
		return fetch(mvc, url, 200, runner);
	}

	public static Document fetch(MockMvc mvc, String url, int expectedStatus, dev.hipflex.account.CurrentRunner runner)
			throws Exception {
		var request = get(java.net.URI.create(url));
		if (runner != null) {
			request.with(Runners.as(runner));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", url).isEqualTo(expectedStatus);
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).as("untranslated message keys on %s", url).doesNotContain("??");
		Document page = Jsoup.parse(html, "http://localhost" + url);
		assertThat(page.select("main")).as("one main landmark on %s", url).hasSize(1);
		assertThat(page.select("h1")).as("one h1 on %s", url).hasSize(1);
		assertThat(page.select("a.skip-link[href=#main]")).as("skip link on %s", url).hasSize(1);
		assertThat(page.select("[style]")).as("style attributes on %s", url).isEmpty();
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as("inline scripts on %s", url)
			.isEmpty();
		assertThat(page.select("script[type=application/ld+json]")).as("JSON-LD blocks on %s", url).hasSizeLessThan(2);
		return page;
	}

	public static Document fetch(MockMvc mvc, String url) throws Exception {
		return fetch(mvc, url, 200);
	}

}
