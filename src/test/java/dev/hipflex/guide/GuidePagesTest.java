package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTest {

	static final List<String> MAIN_MUSCLES = List.of("iliopsoas", "iliacus", "psoas-major", "rectus-femoris",
			"sartorius");

	static final List<String> OTHER_MUSCLES = List.of("tensor-fasciae-latae", "pectineus", "adductor-longus",
			"adductor-brevis");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void overviewIntroducesTheMusclesWithTheDiagramAndLinksToEveryGuidePage() throws Exception {
		Document page = Pages.fetch(mvc, "/guide");

		assertThat(page.selectFirst("h1").text()).isEqualTo("The hip flexors");
		for (String slug : concat(MAIN_MUSCLES, OTHER_MUSCLES)) {
			assertThat(page.select("a[href=/guide/muscles/" + slug + "]")).as("link to " + slug).isNotEmpty();
		}
		for (String href : List.of("/guide/running", "/guide/injuries", "/guide/red-flags", "/sources")) {
			assertThat(page.select("a[href=" + href + "]")).as("link to " + href).isNotEmpty();
		}
		Element diagram = page.selectFirst("svg[role=img]");
		assertThat(diagram).isNotNull();
		assertThat(diagram.selectFirst("title").text()).isNotBlank();
		assertThat(diagram.selectFirst("desc").text()).isNotBlank();
		assertThat(diagram.select(".muscle")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(diagram.select(".is-highlighted")).isEmpty();
		assertThat(diagram.text()).contains("Rectus femoris", "Sartorius", "Psoas major", "Iliacus");
	}

	@ParameterizedTest
	@ValueSource(strings = { "iliopsoas", "iliacus", "psoas-major", "rectus-femoris", "sartorius",
			"tensor-fasciae-latae", "pectineus", "adductor-longus", "adductor-brevis" })
	void eachMusclePageGivesItsAnatomyStrideRoleInjuriesAndHighlightsItInTheDiagram(String slug) throws Exception {
		Document page = Pages.fetch(mvc, "/guide/muscles/" + slug);
		String name = jdbc.queryForObject("select name from muscle where slug = ?", String.class, slug);

		assertThat(page.selectFirst("h1").text()).isEqualTo(name);
		assertThat(page.select("dl.facts dt").eachText()).containsExactly("Starts at", "Attaches to", "Nerve",
				"What it does");
		assertThat(page.select("dl.facts dd").eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
		assertThat(page.select("h2").eachText()).contains("In the running stride", "How it gets hurt");
		assertThat(page.select(".muscle-facts .claim__sources a")).as("anatomy sources").isNotEmpty();
		assertThat(page.select("aside.red-flags li")).as("red flags on a page about injuries").isNotEmpty();

		Element diagram = page.selectFirst("svg[role=img]");
		List<String> highlighted = diagram.select(".muscle.is-highlighted").eachAttr("data-muscle");
		if (slug.equals("iliopsoas")) {
			assertThat(highlighted).contains("iliacus", "psoas-major").allMatch(
					muscle -> muscle.equals("iliacus") || muscle.equals("psoas-major"));
		}
		else {
			assertThat(highlighted).isNotEmpty().allMatch(slug::equals);
		}
		assertThat(diagram.selectFirst("desc").text()).contains(name);
		String highlightedLabels = diagram.select("text.is-highlighted").text();
		if (slug.equals("iliopsoas")) {
			assertThat(highlightedLabels).as("highlighted labels").contains("Iliacus", "Psoas major");
		}
		else {
			assertThat(highlightedLabels).as("highlighted label").isEqualTo(name);
		}
	}

	@Test
	void iliopsoasLinksToItsTwoPartsAndThePartsLinkBack() throws Exception {
		Document iliopsoas = Pages.fetch(mvc, "/guide/muscles/iliopsoas");
		assertThat(iliopsoas.select("main a[href=/guide/muscles/iliacus]")).isNotEmpty();
		assertThat(iliopsoas.select("main a[href=/guide/muscles/psoas-major]")).isNotEmpty();

		Document iliacus = Pages.fetch(mvc, "/guide/muscles/iliacus");
		assertThat(iliacus.select(".breadcrumbs a[href=/guide/muscles/iliopsoas]")).isNotEmpty();
	}

	@Test
	void runningPageShowsEvidenceLevelsAndWhereThePopularClaimGoesTooFar() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/running");

		assertThat(page.select("section h2").eachText()).isNotEmpty();
		assertThat(page.select(".claim")).isNotEmpty();
		assertThat(page.select(".claim__popular")).as("popular claims set against the evidence").isNotEmpty();
		assertThat(page.select(".claim .evidence strong").eachText()).contains("Case series", "Systematic review",
				"Model", "Association only");
		assertThat(page.text()).contains("Fredericson", "Blagrove", "Dorn", "Lauersen");
	}

	@Test
	void injuriesPageShowsTheStrainGradesMarkedApproximateAndTendinopathy() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/injuries");

		Element table = page.selectFirst("table.strain-grades");
		assertThat(table.select("tbody th").eachText()).containsExactly("Grade I", "Grade II", "Grade III");
		assertThat(table.select("tbody td .approximate")).hasSize(3);
		assertThat(page.text()).containsIgnoringCase("tendinopathy");
	}

	@Test
	void redFlagsPageListsEveryRedFlagAndWarnsAboutFemoralNeckStressFractures() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/red-flags");
		Integer flags = jdbc.queryForObject("select count(*) from red_flag", Integer.class);

		assertThat(page.select("aside.red-flags li")).hasSize(flags).hasSizeGreaterThanOrEqualTo(12);
		assertThat(page.select("aside.red-flags .red-flags__source a")).isNotEmpty();
		assertThat(page.text()).containsIgnoringCase("stress fracture").containsIgnoringCase("femoral neck");
	}

	@Test
	void everyClaimShownOnAnyPageLinksToAtLeastOneSourceThatExistsOnTheSourcesPage() throws Exception {
		Document sources = Pages.fetch(mvc, "/sources");
		List<String> pages = concat(List.of("/guide", "/guide/running", "/guide/injuries", "/guide/red-flags",
				"/guide/groin-pain"),
				concat(MAIN_MUSCLES, OTHER_MUSCLES).stream().map(slug -> "/guide/muscles/" + slug).toList());
		int claimsShown = 0;
		for (String url : pages) {
			for (Element claim : Pages.fetch(mvc, url).select("article.claim")) {
				claimsShown++;
				assertThat(claim.select(".evidence strong").text()).as("evidence level of " + claim.id()).isNotBlank();
				List<String> links = claim.select(".claim__sources a").eachAttr("href");
				assertThat(links).as("sources of " + claim.id() + " on " + url).isNotEmpty();
				for (String link : links) {
					assertThat(sources.getElementById(link.substring(link.indexOf('#') + 1)))
						.as("source " + link).isNotNull();
				}
			}
		}
		Integer claimsInDatabase = jdbc.queryForObject("select count(*) from claim", Integer.class);
		assertThat(claimsShown).as("every claim is shown somewhere").isEqualTo(claimsInDatabase);
	}

	@Test
	void sourcesPageListsEveryReferenceWithTheClaimsCitingItAndExplainsEachEvidenceLevel() throws Exception {
		Document page = Pages.fetch(mvc, "/sources");
		Integer sources = jdbc.queryForObject("select count(*) from source", Integer.class);

		assertThat(page.select("li.source")).hasSize(sources);
		for (EvidenceLevel level : EvidenceLevel.values()) {
			assertThat(page.getElementById("evidence-" + level.name().toLowerCase())).as(level.name()).isNotNull();
		}
		Element fredericson = page.getElementById("fredericson-2000");
		assertThat(fredericson.text()).contains("Clin J Sport Med");
		assertThat(fredericson.select(".source__cited a")).isNotEmpty();
	}

	@Test
	void unknownMuscleOrGuidePageGivesTheNotFoundPage() throws Exception {
		for (String url : List.of("/guide/muscles/hamstring", "/guide/no-such-page", "/guide/muscles/%3Cscript%3E")) {
			Document page = Pages.fetch(mvc, url, 404);
			assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("header nav a[href=/guide]")).isNotEmpty();
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
