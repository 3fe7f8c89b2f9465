package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.system.BaseUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON-LD of the public pages: each block parses, names the right schema.org type with the page's own facts
 * from the database, and stays data when content holds {@code </script>} or {@code <!--}; the CSP needs no
 * {@code unsafe-inline} for it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuredDataTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BaseUrl baseUrl;

	@Autowired
	AccountService accounts;

	@Test
	void everyPublicPageHasOneBlockThatParsesWithBreadcrumbsFromTheHomePageToItself() throws Exception {
		for (String path : SearchEnginesTest.publicPages(jdbc)) {
			JsonNode document = jsonLd(Pages.fetch(mvc, path));
			assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
			List<JsonNode> crumbs = list(node(document, "BreadcrumbList").get("itemListElement"));
			assertThat(crumbs.get(0).get("item").asString()).isEqualTo(baseUrl.of("/"));
			assertThat(crumbs.get(crumbs.size() - 1).get("item").asString()).as(path).isEqualTo(baseUrl.of(path));
			for (int i = 0; i < crumbs.size(); i++) {
				assertThat(crumbs.get(i).get("position").asInt()).isEqualTo(i + 1);
				assertThat(crumbs.get(i).get("name").asString()).isNotBlank();
			}
		}
	}

	@Test
	void aGuidePageIsAMedicalWebPageWithItsClaimsAndTheirSources() throws Exception {
		for (Map<String, Object> row : jdbc.queryForList("select slug, title, updated_on from guide_page")) {
			String slug = (String) row.get("slug");
			String path = "overview".equals(slug) ? "/guide" : "/guide/" + slug;
			JsonNode page = node(jsonLd(Pages.fetch(mvc, path)), "MedicalWebPage");
			assertThat(page.get("name").asString()).isEqualTo(row.get("title"));
			assertThat(page.get("url").asString()).isEqualTo(baseUrl.of(path));
			assertThat(page.get("dateModified").asString()).isEqualTo(row.get("updated_on").toString());
			assertThat(page.has("lastReviewed")).as("no reviewer is recorded").isFalse();
			String claims = "from claim c join guide_section gs on c.section_id = gs.id join guide_page p on gs.page_id = p.id "
					+ "where p.slug = ?";
			List<String> statements = jdbc.queryForList("select c.statement " + claims, String.class, slug);
			assertThat(texts(page.get("hasPart"), "text")).as(path).containsExactlyInAnyOrderElementsOf(statements);
			List<String> references = jdbc.queryForList("select distinct s.reference " + claims.replace("where",
					"join claim_source cs on cs.claim_id = c.id join source s on s.id = cs.source_id where"), String.class, slug);
			assertThat(texts(page.get("citation"), "name")).as(path).containsExactlyInAnyOrderElementsOf(references);
			list(page.get("hasPart")).forEach(claim -> assertThat(claim.get("@type").asString()).isEqualTo("Claim"));
		}
	}

	@Test
	void aMusclePageIsAboutTheMuscleWithItsInsertionNerveAndAction() throws Exception {
		Map<String, Object> row = jdbc.queryForMap("select name, insertion, nerve, actions from muscle where slug = 'iliopsoas'");
		JsonNode page = node(jsonLd(Pages.fetch(mvc, "/guide/muscles/iliopsoas")), "MedicalWebPage");
		JsonNode muscle = page.get("about").get(0);
		assertThat(muscle.get("@type").asString()).isEqualTo("Muscle");
		assertThat(muscle.get("name").asString()).isEqualTo(row.get("name"));
		assertThat(muscle.get("url").asString()).isEqualTo(baseUrl.of("/guide/muscles/iliopsoas"));
		assertThat(muscle.get("insertion").get("@type").asString()).isEqualTo("AnatomicalStructure");
		assertThat(muscle.get("insertion").get("name").asString()).isEqualTo(oneLine(row.get("insertion")));
		assertThat(muscle.get("nerve").get("@type").asString()).isEqualTo("Nerve");
		assertThat(muscle.get("nerve").get("name").asString()).isEqualTo(oneLine(row.get("nerve")));
		assertThat(muscle.get("muscleAction").asString()).isEqualTo(oneLine(row.get("actions")));
		List<String> anatomy = jdbc.queryForList("select s.reference from muscle_source ms join source s on s.id = ms.source_id "
				+ "join muscle m on m.id = ms.muscle_id where m.slug = 'iliopsoas'", String.class);
		assertThat(texts(page.get("citation"), "name")).containsAll(anatomy);
	}

	@Test
	void anExerciseIsAnExercisePlanWithItsDose() throws Exception {
		for (Map<String, Object> row : jdbc.queryForList("select slug, name, reps_min, reps_max, hold_seconds_min, "
				+ "hold_seconds_max, time_seconds_min, time_seconds_max from exercise")) {
			String path = "/exercises/" + row.get("slug");
			JsonNode plan = node(jsonLd(Pages.fetch(mvc, path)), "ExercisePlan");
			assertThat(plan.get("name").asString()).isEqualTo(row.get("name"));
			assertThat(plan.get("url").asString()).isEqualTo(baseUrl.of(path));
			assertThat(plan.get("exerciseType").asString()).isNotBlank();
			assertThat(plan.get("activityFrequency").asString()).isNotBlank();
			if (row.get("reps_min") != null) {
				assertThat(plan.get("repetitions").get("minValue").asInt()).isEqualTo(row.get("reps_min"));
				assertThat(plan.get("repetitions").get("maxValue").asInt()).isEqualTo(row.get("reps_max"));
				assertThat(plan.has("activityDuration")).isFalse();
			}
			else {
				Object min = row.get("hold_seconds_min") != null ? row.get("hold_seconds_min") : row.get("time_seconds_min");
				assertThat(plan.get("activityDuration").get("minValue").asInt()).as(path).isEqualTo(min);
				assertThat(plan.get("activityDuration").get("unitCode").asString()).isEqualTo("SEC");
				assertThat(plan.has("repetitions")).isFalse();
			}
		}
	}

	@Test
	void aRoutineIsAnExercisePlanMadeOfItsExercises() throws Exception {
		for (Map<String, Object> row : jdbc.queryForList("select id, slug, name from routine where owner_id is null")) {
			String path = "/routines/" + row.get("slug");
			JsonNode plan = node(jsonLd(Pages.fetch(mvc, path)), "ExercisePlan");
			assertThat(plan.get("name").asString()).isEqualTo(row.get("name"));
			assertThat(plan.get("activityFrequency").asString()).isNotBlank();
			List<String> exercises = jdbc.queryForList("select e.name from routine_entry re join exercise e on e.id = re.exercise_id "
					+ "where re.routine_id = ?", String.class, row.get("id"));
			assertThat(texts(plan.get("hasPart"), "name")).as(path).containsExactlyInAnyOrderElementsOf(exercises);
			list(plan.get("hasPart")).forEach(part -> assertThat(part.has("activityFrequency"))
				.as("how often is the routine's, not each exercise's").isFalse());
		}
	}

	@Test
	void theBlockIsDataThatTheStrictPolicyAllowsWithoutUnsafeInline() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/guide/muscles/iliopsoas")).andReturn().getResponse();
		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "nonce-", "sha256-");
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").attr("type")).isEqualTo("application/ld+json");
		assertThat(page.select("script").hasAttr("src")).isFalse();
	}

	@Test
	void contentHoldingScriptEndOrCommentOpeningStaysDataAndLeavesThePageWhole() throws Exception {
		Map<String, Object> claim = jdbc.queryForMap("select c.id, c.statement, p.slug from claim c join guide_section gs "
				+ "on c.section_id = gs.id join guide_page p on gs.page_id = p.id where p.slug = 'running' order by c.position "
				+ "fetch first 1 rows only");
		String planted = "Hip flexors </script><script>alert(1)</script><!-- <script> & \u2028 --> still one claim";
		CurrentRunner runner = Runners.create(accounts, "json-ld");
		jdbc.update("update claim set statement = ? where id = ?", planted, claim.get("id"));
		try {
			// As a runner, so the page is made afresh rather than served from the visitors' copies.
			String path = "/guide/" + claim.get("slug");
			Document page = Pages.fetch(mvc, path, runner);
			assertThat(page.select("script")).hasSize(1);
			assertThat(page.select("footer.site-footer")).as("the page after the block").hasSize(1);
			assertThat(page.select("main").text()).contains("Hip flexors </script><script>alert(1)</script><!-- <script> &",
					"--> still one claim");
			JsonNode document = jsonLd(page);
			assertThat(texts(node(document, "MedicalWebPage").get("hasPart"), "text")).contains(planted);
			String html = page.outerHtml();
			assertThat(html).doesNotContain("alert(1)</script><!--");
		}
		finally {
			jdbc.update("update claim set statement = ? where id = ?", claim.get("statement"), claim.get("id"));
		}
	}

	private static JsonNode jsonLd(Document page) {
		Element block = page.selectFirst("script[type=application/ld+json]");
		assertThat(block).as("JSON-LD on %s", page.location()).isNotNull();
		return JSON.readTree(block.data());
	}

	private static JsonNode node(JsonNode document, String type) {
		return list(document.get("@graph")).stream()
			.filter(node -> type.equals(node.get("@type").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " in " + document));
	}

	private static List<JsonNode> list(JsonNode array) {
		return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		list(array).forEach(node -> texts.add(node.get(field).asString()));
		return texts;
	}

	private static String oneLine(Object text) {
		return text.toString().replaceAll("(?m)^\\s*- ", "").replaceAll("\\s+", " ").strip();
	}

}
