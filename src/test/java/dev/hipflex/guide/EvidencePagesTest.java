package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a reader sees of the grading (issue 15): each source's design and population on the sources page with what
 * each design can and cannot show, and beside every claim, checklist item, dose and routine each cited source with
 * its design, whether it studied a different group or question (and whom it studied) and whether it found the
 * opposite.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidencePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void sourcesPageGivesEachSourceItsDesignAndPopulation() throws Exception {
		Document page = Pages.fetch(mvc, "/sources");

		for (Element source : page.select("li.source")) {
			Element design = source.selectFirst(".source__design-label");
			assertThat(design).as("design of %s", source.id()).isNotNull();
			assertThat(page.getElementById(design.attr("href").substring("/sources#".length())))
				.as("explanation of %s's design", source.id()).isNotNull();
			assertThat(source.select(".source__population").text()).as("population of %s", source.id())
				.startsWith("Who or what was studied:").hasSizeGreaterThan("Who or what was studied: ".length());
		}
		assertThat(page.getElementById("silbernagel-2007").select(".source__design-label").text())
			.isEqualTo("Randomised trial");
		assertThat(page.getElementById("silbernagel-2007").select(".source__population").text())
			.contains("38 adults with Achilles tendinopathy");
		assertThat(design(page, "fredericson-2000")).isEqualTo("Case series or case report");
		assertThat(design(page, "ferber-2011")).isEqualTo("Case series or case report");
		assertThat(design(page, "lauersen-2014")).isEqualTo("Systematic review");
		assertThat(design(page, "hamilton-2015")).isEqualTo("Narrative review");
		assertThat(design(page, "openstax-anatomy-2e")).isEqualTo("Textbook or anatomy reference");
		assertThat(design(page, "flinn-medscape")).isEqualTo("Web page");
	}

	@Test
	void sourcesPageSaysWhatEachDesignCanAndCannotShowAndTheStrongestLabelItSupports() throws Exception {
		Document page = Pages.fetch(mvc, "/sources");

		for (SourceDesign design : SourceDesign.values()) {
			Element term = page.getElementById("design-" + design.name().toLowerCase());
			assertThat(term).as(design.name()).isNotNull();
			Element explanation = term.nextElementSibling();
			assertThat(explanation.text()).contains(message("design." + design + ".explained"));
			assertThat(explanation.select(".evidence").text())
				.isEqualTo(message("evidence." + EvidenceGrading.cap(design)));
		}
		assertThat(page.getElementById("design-cohort").nextElementSibling().select(".evidence").text())
			.isEqualTo("Controlled study");
		assertThat(page.getElementById("design-case_series").nextElementSibling().text()).contains("cannot show");
		assertThat(page.select("#designs .evidence--extrapolated").text()).isEqualTo("Expert opinion (extrapolated)");
	}

	@Test
	void sourcesPageSaysWhichClaimsASourceSupportsOnlyIndirectlyOrContradicts() throws Exception {
		Document page = Pages.fetch(mvc, "/sources");

		assertThat(citation(page, "silbernagel-2007", "/guide/injuries#claim-pain-monitoring-model").text())
			.contains("(studied a different group or question)").doesNotContain("found the opposite");
		// Garry 2019 calls it inflammation: the claim that it is a tendinopathy cites the ICON consensus instead.
		assertThat(page.getElementById("garry-2019")
			.select(".source__cited a[href=/guide/injuries#claim-tendinopathy-not-tendinitis]")).isEmpty();
		assertThat(citation(page, "scott-2020", "/guide/injuries#claim-tendinopathy-not-tendinitis").text())
			.doesNotContain("different group", "opposite");
		assertThat(citation(page, "lauersen-2014", "/guide/running#claim-stretching-no-prevention").text())
			.doesNotContain("different group", "opposite");
	}

	@Test
	void eachClaimShowsItsSourcesWithTheirDesign() throws Exception {
		List<String> designs = Arrays.stream(SourceDesign.values()).map(design -> message("design." + design)).toList();
		for (String url : List.of("/guide", "/guide/running", "/guide/injuries", "/guide/red-flags",
				"/guide/muscles/iliopsoas", "/guide/muscles/rectus-femoris")) {
			for (Element link : Pages.fetch(mvc, url).select("article.claim .source-link")) {
				assertThat(link.selectFirst(".source-link__notes > span").text()).as("design beside %s on %s",
						link.selectFirst("a").text(), url).isIn(designs);
			}
		}
	}

	@Test
	void thePainMonitoringModelSaysItsTrialStudiedAnotherGroupAndIsGradedExtrapolated() throws Exception {
		Element claim = Pages.fetch(mvc, "/guide/injuries").getElementById("claim-pain-monitoring-model");

		Element badge = claim.selectFirst(".evidence");
		assertThat(badge.text()).isEqualTo("Evidence: Expert opinion (extrapolated)");
		assertThat(badge.hasClass("evidence--extrapolated")).isTrue();
		assertThat(badge.attr("href")).isEqualTo("/sources#evidence-extrapolated");
		assertThat(claim.select(".source-link").text())
			.isEqualTo("Silbernagel et al. 2007 (Randomised trial; studied a different group or question: "
					+ "38 adults with Achilles tendinopathy)");
	}

	@Test
	void aSourceThatFoundTheOppositeIsShownAsSuch() throws Exception {
		// Lauersen 2014's review found that stretching did not prevent injuries; the checklist's stretches cite it so.
		Element stretch = Pages.fetch(mvc, "/checklist").select(".source-link--contradicts")
			.stream()
			.filter(link -> link.text().startsWith("Lauersen"))
			.findFirst()
			.orElseThrow();
		assertThat(stretch.text()).contains("Systematic review", "found the opposite");
	}

	@Test
	void ferbersProgrammeIsGradedAsTheCaseSeriesItIs() throws Exception {
		Element claim = Pages.fetch(mvc, "/guide/running").getElementById("claim-pfp-hip-programme-knee-mechanics");

		assertThat(claim.selectFirst(".evidence strong").text()).isEqualTo("Case series");
		assertThat(claim.select(".source-link").text()).isEqualTo("Ferber et al. 2011 (Case series or case report)");
	}

	@Test
	void theChecklistsStretchesAreExpertOpinionAndTheReviewFoundNoPreventiveEffect() throws Exception {
		Document page = Pages.fetch(mvc, "/checklist");

		for (String item : List.of("item-hip-flexor-stretch", "item-butterfly-stretch")) {
			Element evidence = page.getElementById(item).selectFirst(".claim__meta");
			assertThat(evidence.selectFirst(".evidence strong").text()).as(item).isEqualTo("Expert opinion");
			assertThat(evidence.select(".source-link").eachText()).as(item).containsExactly(
					"Garber et al. 2011 (ACSM) (Expert consensus or position stand)",
					"Lauersen et al. 2014 (Systematic review; found the opposite)");
		}
	}

	@Test
	void dosesAndRoutinesShowWhichSourcesStudiedAnotherGroup() throws Exception {
		Element dose = Pages.fetch(mvc, "/exercises/copenhagen-adduction").selectFirst(".claim__meta");
		assertThat(dose.select(".source-link").eachText()).contains("Harøy et al. 2019 (Randomised trial; studied a "
				+ "different group or question: Male football players, randomised by team (not runners))");

		Element programme = Pages.fetch(mvc, "/routines/six-week-hip-programme").selectFirst(".claim__meta");
		assertThat(programme.select(".source-link").eachText()).contains(
				"Garber et al. 2011 (ACSM) (Expert consensus or position stand)",
				"Silbernagel et al. 2007 (Randomised trial; studied a different group or question: "
						+ "38 adults with Achilles tendinopathy)");

		Element warmUp = Pages.fetch(mvc, "/routines/dynamic-warm-up").selectFirst(".claim__meta");
		assertThat(warmUp.selectFirst(".evidence strong").text()).isEqualTo("Expert opinion");
		assertThat(warmUp.select(".source-link").eachText()).first().asString().startsWith("Garber et al. 2011");
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	private static String design(Document page, String source) {
		return page.getElementById(source).select(".source__design-label").text();
	}

	private static Element citation(Document page, String source, String claimUrl) {
		return page.getElementById(source).selectFirst(".source__cited a[href=" + claimUrl + "]").parent();
	}

}
