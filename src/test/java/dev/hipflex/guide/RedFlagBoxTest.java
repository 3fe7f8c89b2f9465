package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wherever pain or injury is discussed the page shows the whole red-flag box, not a link to it: every flag,
 * grouped under headings that say in words how soon to act, the most urgent first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RedFlagBoxTest {

	static final List<String> URGENCY_HEADINGS = List.of("Emergency:", "The same day:", "Soon:");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/guide/injuries", "/exercises/glute-bridge", "/exercises/forward-lunge",
			"/routines/six-week-hip-programme", "/guide/red-flags", "/guide/groin-pain", "/guide/muscles/iliopsoas" })
	void theWholeBoxIsShownMostUrgentFirstWithItsUrgencyInWords(String url) throws Exception {
		Document page = Pages.fetch(mvc, url);

		Element box = page.selectFirst("main aside.red-flags");
		assertThat(box).as("red-flag box on " + url).isNotNull();
		assertThat(box.select(".red-flags__urgency").eachText()).as("urgency headings on " + url)
			.hasSize(URGENCY_HEADINGS.size())
			.satisfies(headings -> {
				for (int i = 0; i < headings.size(); i++) {
					assertThat(headings.get(i)).startsWith(URGENCY_HEADINGS.get(i));
				}
			});
		List<String> mostUrgentFirst = jdbc.queryForList("""
				select text from red_flag
				order by case urgency when 'EMERGENCY' then 0 when 'SAME_DAY' then 1 else 2 end, position""",
				String.class);
		assertThat(box.select("li").eachText()).as("every flag, most urgent first, on " + url)
			.containsExactlyElementsOf(mostUrgentFirst);
		assertThat(box.select("a[href^=/sources#]")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/guide/injuries", "/exercises/glute-bridge", "/routines/six-week-hip-programme" })
	void eachUrgencyNamesItsWarningSigns(String url) throws Exception {
		Element box = Pages.fetch(mvc, url).selectFirst("main aside.red-flags");

		assertThat(group(box, "emergency").text()).contains("cauda equina", "cannot put weight on the leg");
		assertThat(group(box, "same_day").text()).contains("femoral neck stress fracture",
				"avoid weight-bearing that hurts", "deep vein thrombosis", "slipped capital femoral epiphysis",
				"avulsion");
		assertThat(group(box, "soon").select("li")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/exercises/glute-bridge", "/exercises/copenhagen-adduction" })
	void anExercisesWhenNotToDoItHoldsTheBox(String url) throws Exception {
		Document page = Pages.fetch(mvc, url);

		assertThat(page.select("section.caution aside.red-flags li")).hasSize(
				jdbc.queryForObject("select count(*) from red_flag", Integer.class));
	}

	private static Element group(Element box, String urgency) {
		assertThat(box).as("red-flag box").isNotNull();
		Element group = box.selectFirst(".red-flags__group--" + urgency);
		assertThat(group).as(urgency + " group").isNotNull();
		return group;
	}

}
