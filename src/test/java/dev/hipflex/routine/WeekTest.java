package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class WeekTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void recommendedWeekHasTwoStrengthDaysThatAreNotConsecutiveAndAWarmUpAndStretchesOnEveryRunDay() {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select d.day_of_week, d.run_day, r.kind, i.slot from week_plan w
				join week_plan_day d on d.week_plan_id = w.id
				left join week_plan_item i on i.week_plan_day_id = d.id left join routine r on r.id = i.routine_id
				where w.slug = 'recommended'""");
		Set<Integer> strengthDays = new HashSet<>();
		Map<Integer, List<String>> runDays = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			int day = ((Number) row.get("day_of_week")).intValue();
			if ("STRENGTH".equals(row.get("kind"))) {
				strengthDays.add(day);
			}
			if (Boolean.TRUE.equals(row.get("run_day"))) {
				runDays.computeIfAbsent(day, d -> new ArrayList<>()).add(row.get("kind") + "@" + row.get("slot"));
			}
		}
		assertThat(strengthDays).hasSize(2);
		for (int day : strengthDays) {
			assertThat(strengthDays).as("strength on consecutive days").doesNotContain(day % 7 + 1);
		}
		assertThat(runDays).isNotEmpty();
		runDays.forEach((day, items) -> assertThat(items).as("run day " + day)
			.contains("WARM_UP@BEFORE_RUN", "STRETCH@AFTER_RUN"));
	}

	@Test
	void weekPageShowsEveryDayAndLinksToThePdfAndTheCalendar() throws Exception {
		Document page = Pages.fetch(mvc, "/week");

		assertThat(page.select(".week-day h2").eachText()).containsExactly("Monday", "Tuesday", "Wednesday",
				"Thursday", "Friday", "Saturday", "Sunday");
		assertThat(page.select(".week-day a[href^=/routines/]").eachAttr("href")).contains("/routines/hip-strength-a",
				"/routines/hip-strength-b", "/routines/dynamic-warm-up", "/routines/post-run-stretches");
		assertThat(page.select("a[href=/week.pdf?paper=a4]")).hasSize(1);
		assertThat(page.select("a[href=/week.pdf?paper=letter]")).hasSize(1);
		assertThat(page.select("a[href=/week.ics]")).hasSize(1);
	}

	@Test
	void printedWeekIsAGridOfExercisesAgainstDaysWithABoxToTickWhereverAnExerciseIsPlanned() throws Exception {
		Document page = Pages.fetch(mvc, "/week");

		Element grid = page.selectFirst(".print-sheet table.week-grid");
		assertThat(grid.select("thead th")).hasSize(8);
		assertThat(grid.select("tbody th img")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("src")).startsWith(
				"/images/exercises/"));
		assertThat(grid.select("tbody th .dose")).isNotEmpty();
		int planned = grid.select("td.is-planned").size();
		assertThat(planned).isPositive().isEqualTo(grid.select("td .tick").size());
		assertThat(page.select(".print-sheet__notes")).hasSize(1);
	}

	@Test
	void pdfHasTheExercisesAndTheirDosesOnOneLandscapePageOfTheChosenPaper() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/week.pdf?paper=a4")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("hipflex-week-a4.pdf");

		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = pdf.getPage(0).getMediaBox();
			assertThat(Math.round(size.getWidth())).isEqualTo(842);
			assertThat(Math.round(size.getHeight())).isEqualTo(595);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Recommended week", "Glute bridge", "Leg swings", "Kneeling hip flexor stretch",
					"×", "reps", "Mon", "Sun", "/week");
			assertThat(text).contains(LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
		}

		try (PDDocument letter = Loader.loadPDF(mvc.perform(get("/week.pdf?paper=letter")).andReturn().getResponse()
			.getContentAsByteArray())) {
			PDRectangle size = letter.getPage(0).getMediaBox();
			assertThat(Math.round(size.getWidth())).isEqualTo(792);
			assertThat(Math.round(size.getHeight())).isEqualTo(612);
		}
	}

	@Test
	void unknownPaperSizeIsABadRequestWithAClearMessage() throws Exception {
		Document page = Pages.fetch(mvc, "/week.pdf?paper=a5", 400);

		assertThat(page.select("main .lead").text()).contains("“a5” is not a paper size");
	}

	@Test
	void calendarFileHasAWeeklyRepeatingAllDayEventForEachPlannedDay() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/week.ics")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("hipflex-week.ics");
		byte[] bytes = response.getContentAsByteArray();
		String ics = new String(bytes, StandardCharsets.UTF_8);

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).as("no bare line feeds").doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		List<Map<String, String>> events = events(ics);
		Integer plannedDays = jdbc.queryForObject("""
				select count(distinct d.id) from week_plan_day d join week_plan w on w.id = d.week_plan_id
				join week_plan_item i on i.week_plan_day_id = d.id where w.slug = 'recommended'""", Integer.class);
		assertThat(events).hasSize(plannedDays);
		LocalDate today = LocalDate.now(clock);
		Set<String> uids = new HashSet<>();
		for (Map<String, String> event : events) {
			assertThat(uids.add(event.get("UID"))).as("unique UID").isTrue();
			LocalDate start = LocalDate.parse(event.get("DTSTART;VALUE=DATE"), DateTimeFormatter.BASIC_ISO_DATE);
			assertThat(start).isBetween(today, today.plusDays(6));
			assertThat(event.get("DTEND;VALUE=DATE")).isEqualTo(start.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
			String byDay = start.getDayOfWeek().name().substring(0, 2);
			assertThat(event.get("RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=" + byDay);
			assertThat(event.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
			assertThat(event.get("SUMMARY")).startsWith("HipFlex");
			assertThat(event.get("DESCRIPTION")).contains("×").contains("\\n");
		}
		Map<String, String> monday = events.stream()
			.filter(event -> event.get("RRULE").endsWith(DayOfWeek.MONDAY.name().substring(0, 2))).findFirst()
			.orElseThrow();
		assertThat(monday.get("SUMMARY")).contains("Hip strength A");
	}

	/** Unfolds the content lines and reads each VEVENT's properties. */
	static List<Map<String, String>> events(String ics) {
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> event = null;
		for (String line : ics.replace("\r\n ", "").split("\r\n")) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon);
			String value = line.substring(colon + 1);
			if (line.equals("BEGIN:VEVENT")) {
				event = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(event);
				event = null;
			}
			else if (event != null) {
				event.put(name, value);
			}
		}
		return events;
	}

}
