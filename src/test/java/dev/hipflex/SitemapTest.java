package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hipflex.system.BaseUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sitemap and robots.txt, crawled both ways: every public page (from the content) is in the sitemap, every
 * page in it is public and indexable, and every indexable page a crawler reaches by following links from the
 * home page is in it; robots.txt keeps crawlers out of runners' pages and forms and names the sitemap.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SitemapTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BaseUrl baseUrl;

	@Test
	void theSitemapListsEveryPublicPageAndOnlyThose() throws Exception {
		Map<String, LocalDate> listed = sitemap();
		assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(SearchEnginesTest.publicPages(jdbc));
		List<String> keptOut = disallowed();
		for (String path : listed.keySet()) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as("a visitor may read %s", path).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select("meta[name=robots]")).as("%s is indexable", path).isEmpty();
			assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(baseUrl.of(path));
			assertThat(keptOut).as("robots.txt lets crawlers read %s", path)
				.noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
		}
	}

	@Test
	void everyIndexablePageACrawlerReachesIsInTheSitemap() throws Exception {
		Set<String> listed = sitemap().keySet();
		List<String> keptOut = disallowed();
		Set<String> seen = new HashSet<>(List.of("/"));
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		int indexable = 0;
		while (!queue.isEmpty()) {
			String path = queue.remove();
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			if (response.getStatus() != 200 || !response.getContentType().startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
			if (page.select("meta[name=robots][content~=noindex]").isEmpty()) {
				indexable++;
				assertThat(listed).as("indexable page %s, reached by links, is in the sitemap", path).contains(path);
			}
			for (Element link : page.select("a[href]")) {
				String href = link.attr("abs:href");
				if (!href.startsWith("http://localhost/")) {
					continue;
				}
				String target = href.substring("http://localhost".length()).replaceAll("#.*", "");
				// The library's filters (their views are noindex, tested elsewhere) and the downloads and files.
				boolean crawled = !target.contains("?") && !target.substring(target.lastIndexOf('/')).contains(".")
						&& keptOut.stream().noneMatch(prefix -> target.equals(prefix) || target.startsWith(prefix + "/"));
				if (crawled && seen.add(target)) {
					queue.add(target);
				}
			}
		}
		assertThat(indexable).as("pages reached").isGreaterThan(40);
	}

	@Test
	void theSitemapsDatesAreEachPagesContentDate() throws Exception {
		Map<String, LocalDate> listed = sitemap();
		LocalDate latest = jdbc.queryForObject("select max(updated_on) from exercise", LocalDate.class);
		jdbc.queryForList("select slug, updated_on from muscle").forEach(row -> assertThat(
				listed.get("/guide/muscles/" + row.get("slug")))
			.isEqualTo(((java.sql.Date) row.get("updated_on")).toLocalDate()));
		assertThat(listed.get("/exercises")).isEqualTo(latest);
		assertThat(listed.values()).doesNotContainNull();
	}

	@Test
	void guideAndMusclePagesShowWhenTheirContentWasLastUpdatedNotReviewed() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		jdbc.queryForList("select slug, updated_on from guide_page").forEach(row -> pages.put(
				"overview".equals(row.get("slug")) ? "/guide" : "/guide/" + row.get("slug"), row.get("updated_on").toString()));
		jdbc.queryForList("select slug, updated_on from muscle")
			.forEach(row -> pages.put("/guide/muscles/" + row.get("slug"), row.get("updated_on").toString()));
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Element date = Pages.fetch(mvc, page.getKey()).selectFirst(".content-date");
			assertThat(date).as(page.getKey()).isNotNull();
			assertThat(date.select("time").attr("datetime")).as(page.getKey()).isEqualTo(page.getValue());
			assertThat(date.text()).startsWith("Last updated ").doesNotContainIgnoringCase("review");
		}
	}

	@Test
	void robotsKeepsCrawlersOutOfRunnersPagesAndFormsAndNamesTheSitemap() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/robots.txt")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/plain");
		assertThat(response.getContentAsString()).startsWith("User-agent: *\n")
			.contains("\nSitemap: " + baseUrl.of("/sitemap.xml") + "\n");
		assertThat(disallowed()).contains("/account", "/journal", "/my", "/login", "/register", "/search");
		assertThat(disallowed()).noneMatch(path -> path.equals("/") || path.startsWith("/guide")
				|| path.startsWith("/exercises"));
	}

	private List<String> disallowed() throws Exception {
		String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
		return robots.lines().filter(line -> line.startsWith("Disallow: "))
			.map(line -> line.substring("Disallow: ".length()).strip()).toList();
	}

	private Map<String, LocalDate> sitemap() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/xml");
		Document xml = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
		assertThat(xml.select("urlset").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		Map<String, LocalDate> listed = new LinkedHashMap<>();
		for (Element url : xml.select("url")) {
			String loc = url.select("loc").text();
			assertThat(loc).startsWith(baseUrl.of("/"));
			String path = loc.substring(baseUrl.of("/").length() - 1);
			String lastmod = url.select("lastmod").text();
			assertThat(listed.put(path, lastmod.isEmpty() ? null : LocalDate.parse(lastmod))).as("listed twice: %s", path)
				.isNull();
		}
		return listed;
	}

}
