package dev.hipflex.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.guide.GuideService;
import dev.hipflex.routine.WeekEditor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The suggested next step in the pages: on the runner's week and on the latest session's page, with the rule and the
 * logged values behind it; applied with one click to the runner's own copy of the routine (the template never
 * changes), at most once a week; and the rules on their public guide page, with the limits the code reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NextStepTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MockMvc visitor;

	@Autowired
	AccountService accounts;

	@Autowired
	WeekEditor weeks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GuideService guide;

	@Autowired
	Clock clock;

	/** A runner with the recommended week, two sessions at the top of an exercise's dose, and that exercise. */
	record Setup(CurrentRunner runner, MockMvc mvc, long routine, long entry, long exercise, String name, int sets,
			int top, boolean reps, long latest, long earlier) {
	}

	@Test
	void theWeekAndTheLatestSessionSuggestOneMoreSetWithTheRuleAndTheValuesBehindIt() throws Exception {
		Setup setup = setup("progressing");

		Element step = page(setup.mvc(), "/my/week").selectFirst("#next-step #next-step-" + setup.entry());

		assertThat(step).isNotNull();
		assertThat(step.select("h3").text()).isEqualTo(setup.name() + ": Progress");
		assertThat(step.select(".next-step__try").text()).startsWith("You could try one more set: " + (setup.sets() + 1));
		assertThat(step.select(".next-step__why").text()).contains("last two sessions");
		assertThat(step.select(".next-step__values a").eachAttr("href"))
			.containsExactly("/journal/" + setup.latest(), "/journal/" + setup.earlier());
		assertThat(step.select(".next-step__values").text()).contains("effort 6 of 10, pain during 1 of 10, next morning 0");
		assertThat(step.select(".next-step__rule a").attr("href")).isEqualTo("/guide/next-step#rule-progress-top-in-a-row");
		assertThat(step.select("form[action=/my/next-step] input[name=entry]").val()).isEqualTo(String.valueOf(setup.entry()));

		assertThat(page(setup.mvc(), "/journal/" + setup.latest()).select("#next-step-" + setup.entry())).hasSize(1);
		assertThat(page(setup.mvc(), "/journal/" + setup.earlier()).select("#next-step")).as("not the latest").isEmpty();
	}

	@Test
	void whileAShareLinkLetsAClinicianAdjustThePlanTheWeekSaysAskYourClinician() throws Exception {
		Setup setup = setup("clinician-link");
		assertThat(post(setup.mvc(), "/account/shares", "label", "Dr Read", "expiry", "1m").getStatus()).isEqualTo(200);
		Element viewOnly = page(setup.mvc(), "/my/week").selectFirst("#next-step-" + setup.entry());
		assertThat(viewOnly.select("h3").text()).as("a view-only link changes nothing").isEqualTo(setup.name() + ": Progress");

		assertThat(post(setup.mvc(), "/account/shares", "label", "Dr Patel", "expiry", "1m", "mayAdjust", "true")
			.getStatus()).isEqualTo(200);

		Document week = page(setup.mvc(), "/my/week");
		assertThat(week.select("#next-step").text()).contains("ask your clinician").doesNotContain("Progress");
		assertThat(week.select("form[action=/my/next-step]")).isEmpty();
		MockHttpServletResponse applied = post(setup.mvc(), "/my/next-step", "routine", String.valueOf(setup.routine()),
				"entry", String.valueOf(setup.entry()));
		assertThat(applied.getStatus()).as("nothing to apply").isIn(400, 409);
	}

	@Test
	void applyingChangesTheRunnersOwnCopyOfTheRoutineAndASecondApplyWithinTheWeekIsRefused() throws Exception {
		Setup setup = setup("applying");
		Map<String, Object> templateBefore = dose(setup.entry());

		MockHttpServletResponse applied = post(setup.mvc(), "/my/next-step", "routine", String.valueOf(setup.routine()),
				"entry", String.valueOf(setup.entry()));

		assertThat(applied.getStatus()).isEqualTo(302);
		assertThat(applied.getRedirectedUrl()).isEqualTo("/my/week#next-step");
		assertThat(dose(setup.entry())).as("the template never changes").isEqualTo(templateBefore);
		Map<String, Object> copy = jdbc.queryForMap("""
				select r.id as routine_id, e.id as entry_id, e.sets_min, e.sets_max from routine r
				join routine_entry e on e.routine_id = r.id
				where r.owner_id = ? and r.based_on_id = ? and e.exercise_id = ?""", setup.runner().id(), setup.routine(),
				setup.exercise());
		assertThat(copy).containsEntry("SETS_MIN", setup.sets() + 1).containsEntry("SETS_MAX", setup.sets() + 1);
		assertThat(jdbc.queryForObject("select count(*) from progression_step where account_id = ?", Integer.class,
				setup.runner().id())).isEqualTo(1);
		assertThat(page(setup.mvc(), "/my/week").select("#next-step-" + copy.get("ENTRY_ID")))
			.as("the new top is not reached yet").isEmpty();
		// Two more sessions at the top of the new dose, within the week of the change.
		LocalDate today = LocalDate.now(clock);
		session(setup.runner().id(), today, setup.exercise(), setup.sets() + 1, setup.top(), setup.reps());
		session(setup.runner().id(), today, setup.exercise(), setup.sets() + 1, setup.top(), setup.reps());
		Element step = page(setup.mvc(), "/my/week").selectFirst("#next-step-" + copy.get("ENTRY_ID"));
		assertThat(step).as("shown, saying why not now").isNotNull();
		assertThat(step.select(".next-step__why").text()).contains("You changed this exercise on");
		assertThat(step.select("form")).isEmpty();

		MockHttpServletResponse again = post(setup.mvc(), "/my/next-step", "routine", copy.get("ROUTINE_ID").toString(),
				"entry", copy.get("ENTRY_ID").toString());

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("HipFlex suggests one change per exercise a week");
		assertThat(jdbc.queryForMap("select sets_min, sets_max from routine_entry where id = ?", copy.get("ENTRY_ID")))
			.containsEntry("SETS_MAX", setup.sets() + 1);
		assertThat(jdbc.queryForObject("select count(*) from progression_step where account_id = ?", Integer.class,
				setup.runner().id())).isEqualTo(1);
	}

	@Test
	void badOrForeignFormsChangeNothing() throws Exception {
		Setup setup = setup("owner");
		Setup other = setup("other");

		for (List<String> form : List.of(List.of("routine", "x", "entry", "1"), List.of("routine", "1"),
				List.of("routine", "1 or 1=1", "entry", "2"))) {
			assertThat(post(setup.mvc(), "/my/next-step", form.toArray(String[]::new)).getStatus()).as(form.toString())
				.isEqualTo(400);
		}
		assertThat(post(setup.mvc(), "/my/next-step", "routine", String.valueOf(setup.routine()), "entry", "999999999")
			.getStatus()).isEqualTo(404);
		assertThat(post(setup.mvc(), "/my/next-step", "routine", "999999999", "entry", String.valueOf(setup.entry()))
			.getStatus()).isEqualTo(404);
		weeks.delete(other.runner().id());
		assertThat(post(other.mvc(), "/my/next-step", "routine", String.valueOf(setup.routine()), "entry",
				String.valueOf(setup.entry())).getStatus()).as("not in their week").isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from progression_step where account_id in (?, ?)", Integer.class,
				setup.runner().id(), other.runner().id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from routine where owner_id in (?, ?)", Integer.class,
				setup.runner().id(), other.runner().id())).isZero();
	}

	@Test
	void aClinicianManagedPlanGetsNoChangeToApply() throws Exception {
		Setup setup = setup("managed");
		jdbc.update("insert into start_answers (account_id, current_pain, bone_stress_injury, clinician_manages, answered_at)"
				+ " values (?, 0, false, true, ?)", setup.runner().id(), Timestamp.from(clock.instant()));

		Element step = page(setup.mvc(), "/my/week").selectFirst("#next-step-" + setup.entry());

		assertThat(step.select(".next-step__why").text()).contains("ask your clinician before changing");
		assertThat(step.select("form")).isEmpty();
		assertThat(post(setup.mvc(), "/my/next-step", "routine", String.valueOf(setup.routine()), "entry",
				String.valueOf(setup.entry())).getStatus()).isEqualTo(409);
	}

	@Test
	void noStepUpWithinTwoWeeksOfTheEndOfAnInjuryPause() throws Exception {
		LocalDate today = LocalDate.now(clock);
		Setup held = setup("held");
		injuryPause(held, today.minusDays(20), today.minusDays(14));
		Setup free = setup("free");
		injuryPause(free, today.minusDays(21), today.minusDays(15));

		Element step = page(held.mvc(), "/my/week").selectFirst("#next-step-" + held.entry());
		assertThat(step.select(".next-step__why").text()).contains("injury pause ended two weeks ago or less");
		assertThat(step.select("form")).isEmpty();
		assertThat(page(free.mvc(), "/my/week").select("#next-step-" + free.entry() + " form")).hasSize(1);
	}

	@Test
	void painDuringAnExerciseWithAnEasierVersionSuggestsThatVersionOnTheWeekAndTheSessionAndAppliesIt() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "easier");
		weeks.start(runner.id(), "recommended", "Mine");
		// An exercise of the week with an easier version of ours: the first such version by position (versions
		// without an exercise of ours are skipped).
		Map<String, Object> planned = jdbc.queryForMap("""
				select e.id as entry_id, e.routine_id, e.exercise_id, v.name as variant, v.id as variant_id
				from week_plan w join week_plan_day d on d.week_plan_id = w.id join week_plan_item i on i.week_plan_day_id = d.id
				join routine_entry e on e.routine_id = i.routine_id
				join exercise_variant ev on ev.exercise_id = e.exercise_id join exercise v on v.id = ev.variant_exercise_id
				where w.owner_id = ? and e.phase_id is null and ev.direction = 'EASIER'
				and ev.position = (select min(ev2.position) from exercise_variant ev2 where ev2.exercise_id = e.exercise_id
				                   and ev2.direction = 'EASIER' and ev2.variant_exercise_id is not null)
				order by e.routine_id, e.position fetch first 1 rows only""", runner.id());
		long exercise = ((Number) planned.get("EXERCISE_ID")).longValue();
		long entry = ((Number) planned.get("ENTRY_ID")).longValue();
		Timestamp now = Timestamp.from(clock.instant());
		long session = new SimpleJdbcInsert(jdbc).withTableName("training_session").usingGeneratedKeyColumns("id")
			.usingColumns("account_id", "session_date", "effort", "pain_during", "created_at", "updated_at", "version")
			.executeAndReturnKey(Map.of("account_id", runner.id(), "session_date", LocalDate.now(clock).minusDays(1),
					"effort", 5, "pain_during", 6, "created_at", now, "updated_at", now, "version", 0))
			.longValue();
		jdbc.update("insert into session_set (session_id, exercise_id, position, reps, side) values (?, ?, 0, 8, 'BOTH')",
				session, exercise);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
			.defaultRequest(get("/").with(Runners.as(runner))).build();
		String easier = "You could try the easier version, " + planned.get("VARIANT") + ":";

		assertThat(page(mvc, "/my/week").select("#next-step-" + entry + " .next-step__try").text()).startsWith(easier);
		assertThat(page(mvc, "/journal/" + session).select("#next-step-" + entry + " .next-step__try").text())
			.startsWith(easier);
		assertThat(post(mvc, "/my/next-step", "routine", planned.get("ROUTINE_ID").toString(), "entry",
				String.valueOf(entry)).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("""
				select count(*) from routine r join routine_entry e on e.routine_id = r.id
				where r.owner_id = ? and r.based_on_id = ? and e.exercise_id = ?""", Integer.class, runner.id(),
				planned.get("ROUTINE_ID"), planned.get("VARIANT_ID"))).as("the easier version in the runner's copy").isEqualTo(1);
	}

	private void injuryPause(Setup setup, LocalDate from, LocalDate to) {
		jdbc.update("insert into training_pause (account_id, starts_on, ends_on, reason, created_at)"
				+ " values (?, ?, ?, 'INJURY', current_timestamp)", setup.runner().id(), from, to);
	}

	@Test
	void theRulesAreAPublicGuidePageWithTheLimitsTheSuggestionsRead() throws Exception {
		assertThat(Thresholds.of(guide.progressionRules())).isEqualTo(NextStepRulesTest.LIMITS);

		MockHttpServletResponse response = visitor.perform(get("/guide/next-step")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).startsWith("public");
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("h1").text()).isEqualTo("How HipFlex suggests your next step");
		Element effort = page.selectFirst("#rule-progress-effort");
		assertThat(effort.text()).contains("Effort was at most 7 of 10", "Expert opinion").doesNotContain("extrapolated");
		assertThat(page.selectFirst("#rule-step-back-pain-during").text()).contains("above 5 of 10",
				"Expert opinion (extrapolated)");
		assertThat(page.select("table.progression-rules tbody tr")).hasSize(guide.progressionRules().size());
		assertThat(page.select("#claim-next-step-pain")).hasSize(1);
	}

	private Setup setup(String name) throws Exception {
		CurrentRunner runner = Runners.create(accounts, name);
		weeks.start(runner.id(), "recommended", "Mine");
		Map<String, Object> entry = jdbc.queryForMap("""
				select r.id as routine_id, e.id as entry_id, e.exercise_id, e.sets_max, e.reps_max, e.hold_seconds_max,
				       e.time_seconds_max, x.name
				from week_plan w join week_plan_day d on d.week_plan_id = w.id join week_plan_item i on i.week_plan_day_id = d.id
				join routine r on r.id = i.routine_id join routine_entry e on e.routine_id = r.id join exercise x on x.id = e.exercise_id
				where w.owner_id = ? and r.kind = 'STRENGTH' and e.phase_id is null and e.sets_max < 4
				and 1 = (select count(distinct e2.routine_id) from routine_entry e2 where e2.exercise_id = e.exercise_id
				         and e2.routine_id in (select i3.routine_id from week_plan_item i3
				           join week_plan_day d3 on d3.id = i3.week_plan_day_id where d3.week_plan_id = w.id))
				order by r.id, e.position fetch first 1 rows only""", runner.id());
		long exercise = ((Number) entry.get("EXERCISE_ID")).longValue();
		int sets = ((Number) entry.get("SETS_MAX")).intValue();
		int top = ((Number) java.util.stream.Stream.of(entry.get("REPS_MAX"), entry.get("HOLD_SECONDS_MAX"),
				entry.get("TIME_SECONDS_MAX")).filter(java.util.Objects::nonNull).findFirst().orElseThrow()).intValue();
		boolean reps = entry.get("REPS_MAX") != null;
		LocalDate today = LocalDate.now(clock);
		long earlier = session(runner.id(), today.minusDays(4), exercise, sets, top, reps);
		long latest = session(runner.id(), today.minusDays(1), exercise, sets, top, reps);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
			.defaultRequest(get("/").with(Runners.as(runner))).build();
		return new Setup(runner, mvc, ((Number) entry.get("ROUTINE_ID")).longValue(),
				((Number) entry.get("ENTRY_ID")).longValue(), exercise, (String) entry.get("NAME"), sets, top, reps, latest,
				earlier);
	}

	/** A session with every planned set at the top of the dose: effort 6, pain during 1, next morning 0. */
	private long session(long accountId, LocalDate date, long exercise, int sets, int top, boolean reps) {
		Timestamp now = Timestamp.from(clock.instant());
		long id = new SimpleJdbcInsert(jdbc).withTableName("training_session").usingGeneratedKeyColumns("id")
			.usingColumns("account_id", "session_date", "effort", "pain_during", "pain_next_morning", "created_at",
					"updated_at", "version")
			.executeAndReturnKey(Map.of("account_id", accountId, "session_date", date, "effort", 6, "pain_during", 1,
					"pain_next_morning", 0, "created_at", now, "updated_at", now, "version", 0))
			.longValue();
		for (int i = 0; i < sets; i++) {
			jdbc.update("insert into session_set (session_id, exercise_id, position, reps, hold_seconds, side) values (?, ?, ?, ?, ?, 'BOTH')",
					id, exercise, i, reps ? top : null, reps ? null : top);
		}
		return id;
	}

	private Map<String, Object> dose(long entry) {
		return jdbc.queryForMap("select exercise_id, sets_min, sets_max, reps_min, reps_max from routine_entry where id = ?", entry);
	}

	private static Document page(MockMvc mvc, String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static MockHttpServletResponse post(MockMvc mvc, String url, String... parameters) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url).with(csrf()).params(Runners.form(parameters))).andReturn()
			.getResponse();
	}

}
