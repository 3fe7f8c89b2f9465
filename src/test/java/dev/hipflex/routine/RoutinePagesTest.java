package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RoutinePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void routinesPageListsTheTemplatesWithTheirDurationAndLinksToTheWeek() throws Exception {
		Document page = Pages.fetch(mvc, "/routines");

		assertThat(page.select(".routine-card h2 a").eachAttr("href")).contains("/routines/dynamic-warm-up",
				"/routines/post-run-stretches", "/routines/hip-strength-a", "/routines/hip-strength-b",
				"/routines/six-week-hip-programme");
		assertThat(page.select(".routine-card .minutes").eachText()).allMatch(text -> text.matches("About \\d+.*min.*"));
		assertThat(page.select("a[href=/week]")).isNotEmpty();
	}

	@Test
	void aRoutineListsItsExercisesInOrderWithDoseAndAnEstimatedDuration() throws Exception {
		Document page = Pages.fetch(mvc, "/routines/hip-strength-a");
		List<String> expected = jdbc.queryForList("""
				select e.slug from routine_entry re join exercise e on e.id = re.exercise_id
				join routine r on r.id = re.routine_id where r.slug = 'hip-strength-a' order by re.position""",
				String.class);

		List<Element> entries = page.select("ol.entries li.entry");
		assertThat(entries.stream().map(entry -> entry.selectFirst("a").attr("href")).toList())
			.isEqualTo(expected.stream().map(slug -> "/exercises/" + slug).toList());
		entries.forEach(entry -> assertThat(entry.select(".dose").text()).matches(".*\\d.*"));
		assertThat(page.select(".facts .minutes").text()).matches("About \\d+(–\\d+)? min");
		assertThat(page.select(".claim__sources a")).isNotEmpty();
	}

	@Test
	void theSixWeekProgrammeHasThreeTwoWeekPhasesWithEffortAndProgressionRules() throws Exception {
		Document page = Pages.fetch(mvc, "/routines/six-week-hip-programme");

		List<Element> phases = page.select("section.phase");
		assertThat(phases).hasSize(3);
		assertThat(phases.get(0).selectFirst("h2").text()).contains("weeks 1–2");
		assertThat(phases.get(1).selectFirst("h2").text()).contains("weeks 3–4");
		assertThat(phases.get(2).selectFirst("h2").text()).contains("weeks 5–6");
		for (Element phase : phases) {
			assertThat(phase.select(".facts").text()).contains("Sessions a week", "Effort", "10 (all-out)");
			assertThat(phase.select("li.entry")).isNotEmpty();
		}
		assertThat(page.select(".rules li")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select(".rules").text()).containsIgnoringCase("one");
	}

	@Test
	void theSixWeekProgrammesPainRuleIsAnAchillesExtrapolationForAnExaminedProblemOnly() throws Exception {
		Document page = Pages.fetch(mvc, "/routines/six-week-hip-programme");
		String text = page.select("main").text();

		assertThat(text).contains("38 adults with Achilles tendinopathy", "both groups", "extrapolation",
				"did not test the 5/10 limit", "examined", "deep groin pain");
		assertThat(text).doesNotContainIgnoringCase("acceptable");
		assertThat(page.select(".rules").text()).contains("clinician has examined you", "Never use a pain limit");
		assertThat(page.select("main a[href=/guide/red-flags]")).isNotEmpty();
	}

	@Test
	void bandRoutinesDoNotPromiseTheEconomyGainsOfHeavyAndPlyometricTraining() throws Exception {
		for (String slug : List.of("hip-strength-a", "hip-strength-b")) {
			String text = Pages.fetch(mvc, "/routines/" + slug).select("main").text();
			assertThat(text).as(slug).contains("heavy, explosive and plyometric", "not that kind of training")
				.doesNotContain("in most of the studies it reviewed, running economy improved");
		}
	}

	@Test
	void unknownRoutineGivesTheNotFoundPage() throws Exception {
		Pages.fetch(mvc, "/routines/couch-to-marathon", 404);
	}

}
