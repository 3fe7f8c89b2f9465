package dev.hipflex.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void findsMusclePagesAndGuideSectionsByWords() throws Exception {
		Document page = Pages.fetch(mvc, "/search?q=sartorius");

		assertThat(page.select(".search-results a").eachAttr("href")).first()
			.isEqualTo("/guide/muscles/sartorius");
		assertThat(page.select(".search-summary").text()).contains("for “sartorius”");
	}

	@Test
	void findsTheStrainGradesAndTheStressFractureWarning() throws Exception {
		assertThat(Pages.fetch(mvc, "/search?q=strain").select(".search-results a").eachAttr("href"))
			.anyMatch(href -> href.startsWith("/guide/injuries"));
		assertThat(Pages.fetch(mvc, "/search?q=stress+fracture").select(".search-results a").eachAttr("href"))
			.anyMatch(href -> href.startsWith("/guide/red-flags"));
	}

	@Test
	void emptyQueryGivesAHelpfulPageNotAnError() throws Exception {
		for (String url : new String[] { "/search", "/search?q=", "/search?q=%20%20%20" }) {
			Document page = Pages.fetch(mvc, url);
			assertThat(page.select(".search-help").text()).contains("Type a word");
			assertThat(page.select(".search-help a[href=/guide]")).isNotEmpty();
		}
	}

	@Test
	void oddQueriesGiveAHelpfulPageAndAreShownEscaped() throws Exception {
		Document page = Pages.fetch(mvc, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E%25_");

		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select(".search-summary").text()).contains("<script>alert(1)</script>%_");
		assertThat(Pages.fetch(mvc, "/search?q=%25%25%27%3B").select(".search-help").text())
			.contains("no words we could look for");
	}

	@Test
	void noMatchesSuggestsOtherSearches() throws Exception {
		Document page = Pages.fetch(mvc, "/search?q=zyzzyva");

		assertThat(page.select(".search-summary").text()).contains("Nothing in HipFlex matches");
		assertThat(page.select(".search-help a")).isNotEmpty();
	}

}
