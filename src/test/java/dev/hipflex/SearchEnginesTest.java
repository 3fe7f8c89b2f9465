package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.system.BaseUrl;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What search engines and link previews read on each page: every public page has a title of its own, a
 * description written from its content, a canonical address from the configured base URL and Open Graph and
 * Twitter card tags; runners' pages, forms, search results and errors ask not to be indexed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchEnginesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BaseUrl baseUrl;

	@Autowired
	AccountService accounts;

	/** Every public page, from the content in the database (the lists and one page per row). */
	static List<String> publicPages(JdbcTemplate jdbc) {
		List<String> pages = new ArrayList<>(List.of("/", "/guide", "/sources", "/exercises", "/routines", "/week",
				"/checklist"));
		pages.addAll(jdbc.queryForList("select '/guide/' || slug from guide_page where slug <> 'overview' order by position",
				String.class));
		pages.addAll(jdbc.queryForList("select '/guide/muscles/' || slug from muscle order by position", String.class));
		pages.addAll(jdbc.queryForList("select '/exercises/' || slug from exercise order by position", String.class));
		pages.addAll(jdbc.queryForList(
				"select '/routines/' || slug from routine where owner_id is null order by position", String.class));
		return pages;
	}

	@Test
	void everyPublicPageHasItsOwnTitleDescriptionCanonicalAddressAndPreview() throws Exception {
		Map<String, String> titles = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		List<String> diagrams = jdbc.queryForList("select '/guide/muscles/' || slug from muscle where hip_flexor",
				String.class);
		for (String path : publicPages(jdbc)) {
			Document page = Pages.fetch(mvc, path);
			String title = page.title();
			assertThat(titles.put(title, path)).as("title of %s is also the title of another page", path).isNull();
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as("description of %s", path).hasSizeGreaterThan(50).hasSizeLessThanOrEqualTo(200);
			assertThat(descriptions.put(description, path)).as("description of %s is also another page's", path)
				.isNull();
			assertThat(page.select("link[rel=canonical]").eachAttr("href")).as("canonical of %s", path)
				.containsExactly(baseUrl.of(path));
			assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(baseUrl.of(path));
			assertThat(page.select("meta[property=og:title]").attr("content")).as("og:title of %s", path)
				.isNotBlank()
				.satisfies(ogTitle -> assertThat(title).contains(ogTitle.replace("HipFlex: ", "")));
			assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
			assertThat(page.select("meta[name=twitter:title]").attr("content")).isNotBlank();
			assertThat(page.select("meta[name=twitter:description]").attr("content")).isEqualTo(description);
			assertThat(page.select("meta[name=robots]")).as("robots of %s", path).isEmpty();
			boolean illustrated = path.startsWith("/exercises/") || diagrams.contains(path);
			assertThat(page.select("meta[property=og:image]")).as("a preview image only where the page has one: %s", path)
				.hasSize(illustrated ? 1 : 0);
			assertThat(page.select("meta[name=twitter:card]").attr("content"))
				.isEqualTo(illustrated ? "summary_large_image" : "summary");
		}
	}

	@Test
	void descriptionsAreWrittenFromTheContent() throws Exception {
		Map<String, Object> muscle = jdbc.queryForMap("select slug, summary from muscle where slug = 'iliopsoas'");
		assertThat(description("/guide/muscles/iliopsoas"))
			.startsWith(muscle.get("summary").toString().replaceAll("\\s+", " ").strip().substring(0, 40));
		Map<String, Object> exercise = jdbc.queryForMap("select summary from exercise where slug = 'glute-bridge'");
		assertThat(description("/exercises/glute-bridge"))
			.startsWith(exercise.get("summary").toString().replaceAll("\\s+", " ").strip().substring(0, 40));
	}

	@Test
	void runnersPagesFormsSearchResultsAndErrorsAreNotIndexed() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "noindex");
		List<Document> pages = List.of(Pages.fetch(mvc, "/login"), Pages.fetch(mvc, "/register"),
				Pages.fetch(mvc, "/search?q=psoas"), Pages.fetch(mvc, "/guide/no-such-page", 404),
				Pages.fetch(mvc, "/journal", runner), Pages.fetch(mvc, "/journal/new", runner),
				Pages.fetch(mvc, "/account", runner), Pages.fetch(mvc, "/my/week", runner));
		for (Document page : pages) {
			assertThat(page.select("meta[name=robots]").attr("content")).as(page.location()).isEqualTo("noindex");
			assertThat(page.select("link[rel=canonical]")).as(page.location()).isEmpty();
			assertThat(page.select("meta[name=description]")).as(page.location()).isEmpty();
		}
	}

	@Test
	void aFilteredOrLaterPageOfTheLibraryIsFollowedButNotIndexed() throws Exception {
		for (String path : List.of("/exercises?type=strength", "/exercises?page=1", "/exercises?size=10")) {
			Document page = Pages.fetch(mvc, path);
			assertThat(page.select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex, follow");
			assertThat(page.select("link[rel=canonical]")).as(path).isEmpty();
		}
	}

	@Test
	void previewImagesAreTheExerciseIllustrationsAndTheHipFlexorDiagramsAsPngs() throws Exception {
		for (String slug : jdbc.queryForList("select slug from exercise", String.class)) {
			Document page = Pages.fetch(mvc, "/exercises/" + slug);
			String image = page.select("meta[property=og:image]").attr("content");
			assertThat(image).isEqualTo(baseUrl.of("/images/exercises/" + slug + ".png"));
			assertThat(page.select("meta[property=og:image:alt]").attr("content"))
				.isEqualTo(page.select("figure.illustration img").attr("alt"))
				.isNotBlank();
			MockHttpServletResponse response = mvc.perform(get(image.substring(baseUrl.of("/").length() - 1)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(image).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("image/png");
			BufferedImage png = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
			assertThat(png.getWidth()).isEqualTo(1200);
			assertThat(png.getHeight()).isEqualTo(600);
			assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		}
		for (String slug : jdbc.queryForList("select slug from muscle where hip_flexor", String.class)) {
			Document page = Pages.fetch(mvc, "/guide/muscles/" + slug);
			String image = page.select("meta[property=og:image]").attr("content");
			assertThat(image).isEqualTo(baseUrl.of("/images/muscles/" + slug + ".png"));
			assertThat(page.select("meta[property=og:image:alt]").attr("content"))
				.isEqualTo(page.select("figure.anatomy figcaption").text());
			MockHttpServletResponse response = mvc.perform(get("/images/muscles/" + slug + ".png")).andReturn().getResponse();
			assertThat(response.getStatus()).as(image).isEqualTo(200);
			BufferedImage png = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
			assertThat(png.getWidth()).isEqualTo(800);
			assertThat(png.getHeight()).isEqualTo(1040);
		}
		String notInTheDiagram = jdbc.queryForObject("select min(slug) from muscle where not hip_flexor", String.class);
		for (String missing : List.of("/images/exercises/no-such-exercise.png", "/images/exercises/GLUTE-BRIDGE.png",
				"/images/exercises/..%2Fcss%2Fhipflex.png", "/images/muscles/no-such-muscle.png",
				"/images/muscles/" + notInTheDiagram + ".png")) {
			assertThat(mvc.perform(get(missing)).andReturn().getResponse().getStatus()).as(missing).isIn(400, 404);
		}
	}

	private String description(String path) throws Exception {
		return Pages.fetch(mvc, path).select("meta[name=description]").attr("content");
	}

}
