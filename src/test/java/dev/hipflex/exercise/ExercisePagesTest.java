package dev.hipflex.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ExercisePagesTest {

	static final List<String> REQUIRED = List.of("standing-hip-flexion", "forward-lunge", "glute-bridge",
			"kneeling-hip-flexor-stretch", "butterfly-stretch", "leg-swings", "easy-jog", "straight-leg-raise",
			"banded-psoas-march", "seated-knee-lift", "mountain-climbers", "marching-bridge", "single-leg-bridge",
			"split-squat");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void libraryListsEveryExerciseWithItsPictureMusclesEquipmentAndDose() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises?size=50");
		int total = jdbc.queryForObject("select count(*) from exercise", Integer.class);

		List<String> links = page.select(".exercise-card__name a").eachAttr("href");
		assertThat(links).hasSize(total);
		REQUIRED.forEach(slug -> assertThat(links).contains("/exercises/" + slug));
		Element bridge = page.select(".exercise-card").stream()
			.filter(card -> card.select("a[href=/exercises/glute-bridge]").size() > 0).findFirst().orElseThrow();
		assertThat(bridge.selectFirst("img").attr("src")).isEqualTo("/images/exercises/glute-bridge.svg");
		assertThat(bridge.text()).contains("Strength", "Gluteus maximus", "×");
	}

	@ParameterizedTest
	@CsvSource({ "type=stretch, kneeling-hip-flexor-stretch, glute-bridge",
			"type=warm-up, leg-swings, glute-bridge",
			"muscle=gluteus-maximus, glute-bridge, leg-swings",
			"muscle=adductor-longus, butterfly-stretch, glute-bridge",
			"equipment=resistance-band, banded-psoas-march, easy-jog",
			"type=strength&muscle=iliopsoas, standing-hip-flexion, kneeling-hip-flexor-stretch" })
	void filtersByTypeMuscleAndEquipment(String query, String included, String excluded) throws Exception {
		Document page = Pages.fetch(mvc, "/exercises?" + query);

		List<String> links = page.select(".exercise-card__name a").eachAttr("href");
		assertThat(links).contains("/exercises/" + included).doesNotContain("/exercises/" + excluded);
		assertThat(page.select(".result-count").text()).contains("match these filters");
		assertThat(page.select("a[href=/exercises]").eachText()).contains("Clear filters");
	}

	@Test
	void filterFormIsAPlainGetFormThatKeepsTheChosenValues() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises?type=stretch&muscle=iliopsoas");

		Element form = page.selectFirst("form.filter-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/exercises");
		assertThat(form.select("select#filter-type option[selected]").attr("value")).isEqualTo("stretch");
		assertThat(form.select("select#filter-muscle option[selected]").attr("value")).isEqualTo("iliopsoas");
		for (Element select : form.select("select")) {
			assertThat(form.select("label[for=" + select.id() + "]")).as("label for " + select.id()).hasSize(1);
		}
	}

	@Test
	void pagesThroughTheLibrary() throws Exception {
		Document first = Pages.fetch(mvc, "/exercises?size=10");
		assertThat(first.select(".exercise-card")).hasSize(10);
		String next = first.selectFirst(".pagination a[rel=next]").attr("href");

		Document second = Pages.fetch(mvc, next);
		assertThat(second.select(".exercise-card")).isNotEmpty();
		assertThat(second.select(".exercise-card__name a").eachAttr("href"))
			.doesNotContainAnyElementsOf(first.select(".exercise-card__name a").eachAttr("href"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "type=cardio|“cardio” is not a type of exercise",
			"muscle=biceps|“biceps” is not a muscle HipFlex knows",
			"equipment=kettlebell|“kettlebell” is not equipment HipFlex knows",
			"size=7|“7” is not a page size HipFlex offers", "size=abc|“abc” is not a page size",
			"page=0|“0” is not a page number", "page=x|“x” is not a page number",
			"page=99|There is no page 99" })
	void unknownFilterValuesAndPageSizesGiveABadRequestPageWithAClearMessage(String query, String message)
			throws Exception {
		Document page = Pages.fetch(mvc, "/exercises?" + query, 400);

		assertThat(page.select("main .lead").text()).contains(message);
	}

	@Test
	void exercisePageShowsEverythingARunnerNeeds() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises/standing-hip-flexion");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Standing hip flexion");
		Element image = page.selectFirst("figure.illustration img");
		assertThat(image.attr("src")).isEqualTo("/images/exercises/standing-hip-flexion.svg");
		assertThat(image.attr("alt")).isNotBlank();
		assertThat(page.select("h2").eachText()).contains("Dose", "Muscles", "How to do it", "Cues",
				"Common mistakes", "Make it easier or harder", "When not to do it");
		assertThat(page.select(".facts dd .dose").text()).matches(".*\\d.*×.*\\d.*");
		assertThat(page.select("a[href=/guide/muscles/iliopsoas]")).isNotEmpty();
		assertThat(page.select("section[aria-labelledby=steps-heading] ol li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select(".claim__sources a")).isNotEmpty();
		assertThat(page.select(".caution a[href=/guide/red-flags]")).isNotEmpty();
	}

	@Test
	void variantsLinkToOurOwnExercises() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises/forward-lunge");

		assertThat(page.select(".variants a").eachAttr("href")).contains("/exercises/split-squat");
	}

	@Test
	void butterflyStretchSaysPlainlyThatItMostlyStretchesTheAdductors() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises/butterfly-stretch");

		assertThat(page.selectFirst(".lead").text()).containsIgnoringCase("adductor");
	}

	@Test
	void standingHipFlexorStretchStepsDescribeTheSamePositionsAsItsIllustration() throws Exception {
		Document page = Pages.fetch(mvc, "/exercises/standing-hip-flexor-stretch");
		String steps = page.select("section[aria-labelledby=steps-heading] ol").text();
		String picture = page.selectFirst("figure.illustration img").attr("alt");

		for (String text : List.of(steps, picture)) {
			assertThat(text).contains("back leg straight", "heel").containsIgnoringCase("bend")
				.contains("front knee");
		}
		assertThat(steps).doesNotContain("bend the back knee").contains("letting the back heel lift");
	}

	@Test
	void musclePagesLinkBackToTheExercisesThatWorkThem() throws Exception {
		Document page = Pages.fetch(mvc, "/guide/muscles/iliopsoas");

		assertThat(page.select("section[aria-labelledby=exercises-heading] a").eachAttr("href"))
			.contains("/exercises/standing-hip-flexion", "/exercises/kneeling-hip-flexor-stretch");
	}

	@Test
	void everyExerciseHasAnIllustrationFileAndEveryLinkedMusclePageExists() throws Exception {
		for (String slug : jdbc.queryForList("select slug from exercise", String.class)) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/images/exercises/" + slug + ".svg"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
			Document page = Pages.fetch(mvc, "/exercises/" + slug);
			for (String href : page.select("a[href^=/guide/muscles/]").eachAttr("href")) {
				Pages.fetch(mvc, href);
			}
		}
	}

	@Test
	void unknownExerciseGivesTheNotFoundPage() throws Exception {
		assertThat(Pages.fetch(mvc, "/exercises/burpees", 404).selectFirst("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void headerSearchFindsExercises() throws Exception {
		assertThat(Pages.fetch(mvc, "/search?q=lunge").select(".search-results a").eachAttr("href"))
			.contains("/exercises/forward-lunge");
	}

}
