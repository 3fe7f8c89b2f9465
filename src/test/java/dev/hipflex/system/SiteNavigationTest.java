package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SiteNavigationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageSaysWhatHipFlexIsAndHasTheLayout() throws Exception {
		Document home = Pages.fetch(mvc, "/");

		assertThat(home.title()).contains("HipFlex");
		assertThat(home.select("header .brand").text()).contains("HipFlex");
		assertThat(home.select("header nav a").eachText()).contains("Guide");
		assertThat(home.select("header form[role=search][action=/search][method=get] input[name=q]")).hasSize(1);
		assertThat(home.select("footer .disclaimer").text()).contains("Not medical advice");
		assertThat(home.select("footer a[href=/sources]")).isNotEmpty();
		assertThat(home.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/hipflex.css")
			.allMatch(href -> href.startsWith("/"));
	}

	@Test
	void everyPageIsReachableByLinksFromTheHomePageAndAnswers200() throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		while (!queue.isEmpty() && seen.size() < 300) {
			String url = queue.poll();
			if (!seen.add(url)) {
				continue;
			}
			if (url.matches(".*\\.(pdf|ics)(\\?.*)?")) {
				// Downloads: they answer, and their content is tested where they are built.
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(URI.create(url)))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
				continue;
			}
			if (url.matches("/(account|journal|my)(/.*)?")) {
				// A runner's own page, linked from a public one (the privacy page's "your account page"): a visitor
				// is asked to log in, and the crawl stays on the public pages.
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(URI.create(url)))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isFound())
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
				continue;
			}
			Document page = Pages.fetch(mvc, url);
			page.select("a[href]").eachAttr("href").stream()
				.filter(href -> href.startsWith("/") && !href.startsWith("//"))
				.map(href -> URI.create(href.replace(" ", "%20")))
				.map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
				.filter(href -> !href.startsWith("/search"))
				.filter(href -> !seen.contains(href))
				.forEach(queue::add);
		}
		assertThat(seen).contains("/exercises", "/routines", "/week", "/week.pdf?paper=a4", "/week.ics",
				"/exercises/glute-bridge", "/routines/six-week-hip-programme", "/guide", "/guide/running", "/guide/injuries", "/guide/red-flags", "/sources",
				"/guide/muscles/iliopsoas", "/guide/muscles/iliacus", "/guide/muscles/psoas-major",
				"/guide/muscles/rectus-femoris", "/guide/muscles/sartorius", "/guide/muscles/tensor-fasciae-latae",
				"/guide/muscles/pectineus", "/guide/muscles/adductor-longus", "/guide/muscles/adductor-brevis");
	}

	@Test
	void staticFilesAreServed() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/css/hipflex.css"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/css/anatomy.css"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

}
