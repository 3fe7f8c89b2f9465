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
	void injuriesPageShowsTheStrainGradesWithoutUncheckableRecoveryTimesAndSaysWhy() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/injuries");

		Element table = page.selectFirst("table.strain-grades");
		assertThat(table.select("tbody th").eachText()).containsExactly("Grade I", "Grade II", "Grade III");
		assertThat(table.select("thead th").eachText()).doesNotContain("Return to running");
		assertThat(page.text()).doesNotContain("1–3 weeks", "3–8 weeks", "8–12 weeks");
		assertThat(page.selectFirst("table.strain-grades").parent().nextElementSibling().text())
			.contains("no study", "clinic websites");
		assertThat(page.text()).containsIgnoringCase("tendinopathy");
	}

	@Test
	void noPageCitesTheClinicPagesThatNobodyCanCheck() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from source where slug = 'clinic-return-times'",
				Integer.class)).isZero();
		assertThat(Pages.fetch(mvc, "/sources").getElementById("clinic-return-times")).isNull();
		for (String url : guidePages()) {
			assertThat(Pages.fetch(mvc, url).select("a[href$=#clinic-return-times]")).as(url).isEmpty();
		}
	}

	@Test
	void painMonitoringClaimSaysItCameFromAnAchillesTrialAndIsOnlyForAnExaminedTendonOrMuscleProblem()
			throws Exception {
		Document page = Pages.fetch(mvc, "/guide/injuries");
		Element claim = page.getElementById("claim-pain-monitoring-model");

		assertThat(claim.text()).contains("38 adults with Achilles tendinopathy", "both groups", "extrapolation",
				"examined", "stress fracture");
		assertThat(claim.text()).containsIgnoringCase("did not test the 5/10 limit")
			.containsIgnoringCase("not study the hip");
		assertThat(claim.select(".claim__sources a").eachAttr("href")).contains("/sources#silbernagel-2007");
		assertThat(page.text()).doesNotContainIgnoringCase("acceptable");
		assertThat(page.select("#returning-to-running a[href=/guide/red-flags]")).as("red flags linked beside the pain rule")
			.isNotEmpty();
	}

	@Test
	void tendinopathyIsCalledSoOnTheAuthorityOfTheTerminologyConsensusNotOfAnArticleTitledTendinitis()
			throws Exception {
		Element claim = Pages.fetch(mvc, "/guide/injuries").getElementById("claim-tendinopathy-not-tendinitis");

		assertThat(claim.select(".claim__sources a").eachAttr("href")).containsExactly("/sources#scott-2020");
		assertThat(claim.text()).contains("ICON 2019");
		Document sources = Pages.fetch(mvc, "/sources");
		assertThat(sources.getElementById("scott-2020").text()).contains("Br J Sports Med 2020;54(5):260",
				"10.1136/bjsports-2019-100885");
		assertThat(sources.getElementById("garry-2019").text()).contains("Garry JP", "Iliopsoas tendinitis",
				"2019");
		assertThat(sources.getElementById("flinn-medscape").text()).contains("Flinn SD", "Femoral neck stress fracture",
				"2017");
		assertThat(sources.getElementById("lee-healy-strain-grades").text())
			.contains("Lee JC, Healy JC", "Sonography of lower limb muscle injury", "2004;182(2):341")
			.doesNotContain("medicalalgorithms");
	}

	@Test
	void dohaClaimDefinesIliopsoasRelatedGroinPainByTendernessAndNamesTheOtherKinds() throws Exception {
		Element claim = Pages.fetch(mvc, "/guide/injuries").getElementById("claim-doha-iliopsoas-groin-pain");

		assertThat(claim.selectFirst(".claim__statement").text()).contains("tender", "more likely");
		assertThat(claim.text()).contains("adductor-related", "inguinal-related", "pubic-related",
				"hip-related groin pain");
	}

	@Test
	void sernerIsQuotedForWhatItFoundNotForItsBackground() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/injuries");
		Element share = page.getElementById("claim-hip-flexors-share-of-groin-injuries");
		Element which = page.getElementById("claim-which-hip-flexors-injured");

		assertThat(share.selectFirst(".claim__statement").text()).contains("21%").doesNotContain("one in three");
		assertThat(share.select(".claim__finding").text()).contains("33 of 156", "male");
		assertThat(which.select(".claim__finding").text()).contains("40", "16", "12", "men");
		assertThat(Pages.fetch(mvc, "/guide/muscles/iliacus").text()).contains("33 male athletes")
			.doesNotContain("12 of 33");
	}

	@Test
	void loadProgressionAndStrengthWorkClaimOnlyWhatTheRunningStudiesShow() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/running");
		Element load = page.getElementById("claim-load-progression");
		assertThat(load).as("the claim on training load, with its running studies").isNotNull();

		assertThat(load.select(".claim__sources a").eachAttr("href")).contains("/sources#nielsen-2014",
				"/sources#buist-2008");
		assertThat(load.text()).contains("30%", "10% rule", "not statistically certain");
		assertThat(page.getElementById("claim-strength-training-fewer-injuries").text()).contains("team sports");
		Element economy = page.getElementById("claim-economy-general-strength");
		assertThat(economy.text()).contains("heavy", "plyometric");
		Document sources = Pages.fetch(mvc, "/sources");
		assertThat(sources.getElementById("nielsen-2014").text()).contains("J Orthop Sports Phys Ther 2014;44(10):739",
				"10.2519/jospt.2014.5164");
		assertThat(sources.getElementById("buist-2008").text()).contains("Am J Sports Med 2008;36(1):33",
				"10.1177/0363546507307505");
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
				"/guide/groin-pain", "/guide/next-step"),
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

	private static List<String> guidePages() {
		return concat(List.of("/guide", "/guide/running", "/guide/injuries", "/guide/red-flags"),
				concat(MAIN_MUSCLES, OTHER_MUSCLES).stream().map(slug -> "/guide/muscles/" + slug).toList());
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
