package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.Runners;
import dev.hipflex.RunnerData;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.Routine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A session done with any routine of a runner's week can be logged: the routine editor keeps a routine to
 * what the journal's log form holds, and a routine saved before that limit, with more, still gives a form
 * that saves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutineSizeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void aRoutineTakesExercisesUpToItsLimitAndTheFullestSuchRoutineIsLoggedWhole() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "routine-size");
		long routine = ownCopyOfHipStrengthA(runner);
		List<Long> exercises = jdbc.queryForList("select id from exercise order by id", Long.class);
		int entries = entries(routine);
		for (int i = 0; entries < Routine.ENTRIES_MAX; i++, entries++) {
			assertThat(addExercise(runner, routine, exercises.get(i)).getStatus()).isEqualTo(302);
		}
		assertThat(entries(routine)).isEqualTo(Routine.ENTRIES_MAX);
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());

		MockHttpServletResponse refused = addExercise(runner, routine, exercises.get(0));

		assertThat(refused.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".error-summary a[href=#add-exercise]").text())
			.contains("has " + Routine.ENTRIES_MAX + " exercises, the most a routine can have");
		assertThat(page.select("#add-exercise").attr("aria-invalid")).isEqualTo("true");
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);

		// Every exercise at the most sets a dose can have: the form still has a row for each planned set.
		jdbc.update("update routine_entry set sets_min = 10, sets_max = 10 where routine_id = ?", routine);
		Document form = logForm(runner, routine);
		assertThat(plannedRows(form)).isEqualTo(Routine.ENTRIES_MAX * 10);
		assertThat(form.select(".journal-sets .note")).isEmpty();
		assertSavedWithEveryPlannedSet(runner, form, Routine.ENTRIES_MAX * 10);
	}

	@Test
	void aRoutineSavedWithMoreExercisesThanTheLimitStillGivesALogFormThatSaves() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "routine-old");
		long routine = ownCopyOfHipStrengthA(runner);
		// Forty exercises of three sets, as a routine could have before the limit: 120 planned sets.
		long exercise = jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class);
		for (int position = entries(routine) + 1; entries(routine) < 40; position++) {
			jdbc.update("""
					insert into routine_entry (routine_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max,
					  per_side) values (?, ?, ?, 3, 3, 10, 12, false)""", routine, exercise, position);
		}
		jdbc.update("update routine_entry set sets_min = 3, sets_max = 3 where routine_id = ?", routine);

		Document form = logForm(runner, routine);

		assertThat(plannedRows(form)).isEqualTo(JournalLimits.SETS_MAX);
		assertThat(form.select(".journal-sets .note").text())
			.contains("more sets than a session can hold", "first " + JournalLimits.SETS_MAX);
		assertSavedWithEveryPlannedSet(runner, form, JournalLimits.SETS_MAX);
	}

	/** Hip strength A, planned on Mondays, made the runner's own by changing a dose (copy-on-write). */
	private long ownCopyOfHipStrengthA(CurrentRunner runner) throws Exception {
		assertThat(send(runner, "/my/week", Map.of("from", "recommended")).getStatus()).isEqualTo(302);
		long template = Journals.routineId(jdbc, "hip-strength-a");
		long entry = jdbc.queryForObject("select min(id) from routine_entry where routine_id = ?", Long.class, template);
		assertThat(send(runner, "/my/routines/" + template + "/entries/" + entry + "/dose",
				Map.of("setsMin", "2", "setsMax", "3", "unit", "REPS", "amountMin", "10", "amountMax", "12"))
			.getStatus()).isEqualTo(302);
		return jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, runner.id());
	}

	private MockHttpServletResponse addExercise(CurrentRunner runner, long routine, long exercise) throws Exception {
		return send(runner, "/my/routines/" + routine + "/entries", Map.of("exercise", Long.toString(exercise)));
	}

	private int entries(long routine) {
		return jdbc.queryForObject("select count(*) from routine_entry where routine_id = ?", Integer.class, routine);
	}

	private Document logForm(CurrentRunner runner, long routine) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/journal/new?routine=" + routine).with(Runners.as(runner)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost/");
	}

	private static int plannedRows(Document form) {
		return form.select("input[name$=.planned][value=true]").size();
	}

	/** Posts the form as the browser would, with every planned set done: saved, with that many sets. */
	private void assertSavedWithEveryPlannedSet(CurrentRunner runner, Document page, int sets) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		((FormElement) page.selectFirst("form[action=/journal]")).formData()
			.forEach(field -> fields.put(field.key(), field.value()));
		page.select("input[name$=.planned][value=true]")
			.forEach(planned -> fields.put(planned.attr("name").replace(".planned", ".amount"), "5"));
		fields.put("effort", "5");
		fields.put("painDuring", "1");
		// jsoup sends "on" for the checked radio with an empty value ("Not yet"); a browser sends "".
		fields.put("painNextMorning", "");
		fields.remove("_csrf");
		MockHttpServletRequestBuilder request = post("/journal").with(Runners.as(runner)).with(csrf());
		fields.forEach(request::param);

		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		assertThat(Journals.sets(jdbc, runner)).isEqualTo(sets);
	}

	private MockHttpServletResponse send(CurrentRunner runner, String url, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(Runners.as(runner)).with(csrf());
		form.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

}
