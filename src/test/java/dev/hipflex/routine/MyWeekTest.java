package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A runner's own week: starting it, changing its days, customising its routines, and who may do what. */
@SpringBootTest
@AutoConfigureMockMvc
class MyWeekTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	WeekService weeks;

	@Test
	void visitorsAreSentToLogIn() throws Exception {
		for (String url : List.of("/my/week", "/my/week.pdf", "/my/week.ics", "/my/routines/1")) {
			assertThat(mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl()).as(url).endsWith("/login");
		}
	}

	@Test
	void aRunnerWithoutAWeekIsOfferedTheRecommendedWeekOrAFreshStart() throws Exception {
		Runner runner = runner("starter");

		Document page = runner.page("/my/week");

		assertThat(page.select("h1").text()).isEqualTo("Make a week yours");
		assertThat(page.select("form[action=/my/week] input[name=from]").eachAttr("value"))
			.containsExactly("recommended", "scratch");
		assertThat(page.select("form[action=/my/week] button").eachText())
			.containsExactly("Start from “Recommended week”", "Start from scratch");
		assertThat(page.select("form[action=/my/week] input[name=_csrf]")).hasSize(2);
		assertThat(runner.get("/my/week.pdf").getStatus()).as("nothing to download yet").isEqualTo(404);
	}

	@Test
	void startingFromTheRecommendedWeekCopiesItsDaysAndPlansHipFlexsRoutines() throws Exception {
		Runner runner = runner("recommended");

		MvcResult started = runner.post("/my/week", "from", "recommended");

		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/my/week");
		assertThat(started.getFlashMap().get("message")).isEqualTo("myweek.started");
		assertThat(plan(runner.id())).isEqualTo(plan(null));
		assertThat(jdbc.queryForObject("select count(*) from week_plan_day d join week_plan w on w.id = d.week_plan_id "
				+ "where w.owner_id = ?", Integer.class, runner.id())).isEqualTo(7);
		assertThat(ownRoutines(runner.id())).isZero();

		Document page = runner.page("/my/week", started);
		Document recommended = Pages.fetch(mvc, "/week");
		assertThat(page.select(".notice[role=status]").text()).contains("Your week is ready");
		assertThat(page.select("h1").text()).isEqualTo("My week");
		assertThat(page.select(".page--week .week-day h2").eachText()).containsExactly("Monday", "Tuesday", "Wednesday",
				"Thursday", "Friday", "Saturday", "Sunday");
		assertThat(page.select(".week-day .planned h3 a").eachText())
			.isEqualTo(recommended.select(".week-day .planned h3 a").eachText());
		assertThat(page.select("a[href=/my/week.pdf?paper=a4]")).hasSize(1);
		assertThat(page.select("a[href=/my/week.pdf?paper=letter]")).hasSize(1);
		assertThat(page.select("a[href=/my/week.ics]")).hasSize(1);
		assertThat(page.select(".print-sheet table.week-grid td .tick"))
			.hasSameSizeAs(recommended.select(".print-sheet table.week-grid td .tick"));
		assertThat(page.select("#monday a.planned__customise").text()).isEqualTo(
				"Customise exercises Hip strength A on Monday");
		assertThat(page.select("#tuesday .planned__tools button").eachText()).contains(
				"Remove Dynamic warm-up on Tuesday", "Remove Post-run stretches on Tuesday");
		assertFormsAreLabelled(page);

		assertThat(runner.post("/my/week", "from", "recommended").getFlashMap().get("message"))
			.isEqualTo("myweek.start.already");
		assertThat(jdbc.queryForObject("select count(*) from week_plan where owner_id = ?", Integer.class, runner.id()))
			.isEqualTo(1);
	}

	@Test
	void twoStartsAtTheSameMomentMakeOneWeekAndBothAnswerWithTheWeekPage() throws Exception {
		// The race (both requests find no week, both insert) does not happen on every try: try several runners.
		for (int round = 0; round < 6; round++) {
			Runner runner = runner("double-start");
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<MvcResult>> starts = pool.invokeAll(List.of(() -> {
					together.await();
					return runner.post("/my/week", "from", "recommended");
				}, () -> {
					together.await();
					return runner.post("/my/week", "from", "recommended");
				}));
				Set<Object> notices = new HashSet<>();
				for (java.util.concurrent.Future<MvcResult> start : starts) {
					assertThat(start.get().getResponse().getStatus()).as("round %s", round).isEqualTo(302);
					assertThat(start.get().getResponse().getRedirectedUrl()).isEqualTo("/my/week");
					notices.add(start.get().getFlashMap().get("message"));
				}
				assertThat(notices).containsExactlyInAnyOrder("myweek.started", "myweek.start.already");
			}
			finally {
				pool.shutdown();
			}
			assertThat(jdbc.queryForObject("select count(*) from week_plan where owner_id = ?", Integer.class,
					runner.id())).isEqualTo(1);
		}
	}

	@Test
	void startingFromScratchGivesSevenRestDays() throws Exception {
		Runner runner = runner("scratch");

		runner.post("/my/week", "from", "scratch");

		Document page = runner.page("/my/week");
		assertThat(page.select(".week-day--rest")).hasSize(7);
		assertThat(page.select(".planned")).isEmpty();
		assertThat(page.select("details.day-edit form[action=/my/week/days/wednesday/routines] select[name=routine] option")
			.eachText()).contains("Dynamic warm-up", "Hip strength A").doesNotContain("Six-week hip strength programme");
		assertFormsAreLabelled(page);
	}

	@Test
	void aDayIsChangedAndItsRoutinesAddedMovedAndRemoved() throws Exception {
		Runner runner = runner("days");
		runner.post("/my/week", "from", "recommended");

		MvcResult saved = runner.post("/my/week/days/wednesday", "runDay", "true", "note", "  Easy 5 km  ");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my/week#wednesday");
		assertThat(runner.page("/my/week", saved).select(".notice").text()).isEqualTo("Saved Wednesday.");
		assertThat(jdbc.queryForMap("select d.run_day, d.note from week_plan_day d join week_plan w on w.id = d.week_plan_id "
				+ "where w.owner_id = ? and d.day_of_week = 3", runner.id()))
			.containsEntry("RUN_DAY", true).containsEntry("NOTE", "Easy 5 km");

		long strengthA = templateId("hip-strength-a");
		MvcResult added = runner.post("/my/week/days/tuesday/routines", "routine", Long.toString(strengthA), "slot",
				"AFTER_RUN");
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/my/week#tuesday");
		assertThat(added.getFlashMap().get("message")).isEqualTo("myweek.item.added");
		assertThat(runner.page("/my/week", added).select(".notice").text())
			.isEqualTo("Hip strength A added to Tuesday.");
		assertThat(tuesday(runner)).containsExactly("Dynamic warm-up", "Post-run stretches", "Hip strength A");
		runner.post("/my/week/days/tuesday/routines", "routine", Long.toString(strengthA), "slot", "AFTER_RUN");
		assertThat(tuesday(runner)).as("sent twice, added once").containsExactly("Dynamic warm-up",
				"Post-run stretches", "Hip strength A");

		long item = itemId(runner.id(), 2, "Hip strength A");
		Document page = runner.page("/my/week");
		assertThat(page.select("#tuesday form[action=/my/week/items/" + item + "/down]")).as("already last").isEmpty();
		assertThat(page.select("#tuesday form[action=/my/week/items/" + item + "/up] button").text())
			.isEqualTo("Move up Hip strength A on Tuesday");
		runner.post("/my/week/items/" + item + "/up");
		assertThat(tuesday(runner)).containsExactly("Dynamic warm-up", "Hip strength A", "Post-run stretches");
		runner.post("/my/week/items/" + item + "/up");
		assertThat(tuesday(runner)).as("only within its slot").containsExactly("Dynamic warm-up", "Hip strength A",
				"Post-run stretches");
		runner.post("/my/week/items/" + item + "/down");
		assertThat(tuesday(runner)).containsExactly("Dynamic warm-up", "Post-run stretches", "Hip strength A");

		MvcResult removed = runner.post("/my/week/items/" + itemId(runner.id(), 2, "Dynamic warm-up") + "/remove");
		assertThat(removed.getFlashMap().get("message")).isEqualTo("myweek.item.removed");
		assertThat(tuesday(runner)).containsExactly("Post-run stretches", "Hip strength A");
		assertThat(plan(null)).as("the recommended week is unchanged").hasSize(10);
	}

	@Test
	void aTooLongNoteIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
		Runner runner = runner("note");
		runner.post("/my/week", "from", "recommended");

		MvcResult result = runner.post("/my/week/days/friday", "runDay", "false", "note", "x".repeat(301));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = page(result);
		assertThat(page.select(".error-summary a[href=#friday-note]").text()).contains("Friday", "300 characters");
		assertThat(page.select("#friday details.day-edit[open]")).hasSize(1);
		assertThat(page.select("#friday-note").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#friday-note").attr("aria-describedby")).contains("friday-note-error");
		assertThat(page.select("#friday-note-error").text()).contains("too long");
		assertThat(plan(runner.id())).isEqualTo(plan(null));
		assertThat(jdbc.queryForObject("select run_day from week_plan_day d join week_plan w on w.id = d.week_plan_id "
				+ "where w.owner_id = ? and d.day_of_week = 5", Boolean.class, runner.id())).isTrue();
	}

	@Test
	void unknownDaysRoutinesAndSlotsChangeNothing() throws Exception {
		Runner runner = runner("unknown");
		runner.post("/my/week", "from", "recommended");
		String warmUp = Long.toString(templateId("dynamic-warm-up"));

		assertThat(runner.post("/my/week/days/someday", "runDay", "true").getResponse().getStatus()).isEqualTo(404);
		assertThat(runner.post("/my/week/days/monday/routines", "routine", "999999", "slot", "SESSION").getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(runner.post("/my/week/days/monday/routines", "routine",
				Long.toString(templateId("six-week-hip-programme")), "slot", "SESSION").getResponse().getStatus())
			.as("a programme runs over weeks, not on a day").isEqualTo(404);
		MvcResult badSlot = runner.post("/my/week/days/monday/routines", "routine", warmUp, "slot", "LUNCH");
		assertThat(badSlot.getResponse().getStatus()).isEqualTo(400);
		assertThat(page(badSlot).select("main .lead").text()).contains("before your run");
		assertThat(runner.post("/my/week/days/monday/routines", "routine", "warm-up", "slot", "SESSION").getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(runner.post("/my/week/items/abc/up").getResponse().getStatus()).isEqualTo(400);
		assertThat(runner.post("/my/week", "from", "nonsense").getResponse().getStatus()).isEqualTo(400);
		assertThat(plan(runner.id())).isEqualTo(plan(null));
	}

	@Test
	void customisingHipFlexsRoutineCopiesItFirstAndLeavesTheTemplateAsItIs() throws Exception {
		Runner runner = runner("customise");
		Runner other = runner("bystander");
		runner.post("/my/week", "from", "recommended");
		other.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-a");
		List<Map<String, Object>> templateEntries = entries(template);

		Document before = runner.page("/my/routines/" + template);
		assertThat(before.select("h1").text()).isEqualTo("Customise Hip strength A");
		assertThat(before.select(".lead").text()).contains("HipFlex’s routine stays as it is");
		assertThat(before.select(".my-entry .entry__name").eachText()).contains("Glute bridge");
		assertThat(before.select("button").eachText()).contains("Move Glute bridge up", "Move Glute bridge down",
				"Remove Glute bridge", "Save the dose of Glute bridge", "Add exercise");
		assertFormsAreLabelled(before);

		long copenhagen = exerciseId("copenhagen-adduction");
		MvcResult added = runner.post("/my/routines/" + template + "/entries", "exercise", Long.toString(copenhagen));

		long copy = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, runner.id());
		assertThat(jdbc.queryForMap("select name, slug, based_on_id from routine where id = ?", copy))
			.containsEntry("NAME", "Hip strength A").containsEntry("SLUG", null).containsEntry("BASED_ON_ID", template);
		assertThat(added.getResponse().getRedirectedUrl()).startsWith("/my/routines/" + copy + "#entry-");
		assertThat(added.getFlashMap().get("message")).isEqualTo("myroutine.entry.added.copied");
		assertThat(runner.page("/my/routines/" + copy, added).select(".notice").text()).isEqualTo(
				"Copenhagen adduction added to your own version of Hip strength A. HipFlex’s routine is unchanged.");
		assertThat(exercises(copy)).containsExactly("standing-hip-flexion", "glute-bridge", "split-squat",
				"banded-psoas-march", "seated-knee-lift", "copenhagen-adduction");
		assertThat(exercises(template)).hasSize(5);
		assertThat(jdbc.queryForList("select i.routine_id from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id "
				+ "join week_plan w on w.id = d.week_plan_id where w.owner_id = ? and i.routine_id in (?, ?)", Long.class,
				runner.id(), template, copy)).as("the copy takes the template's place in the runner's week").containsOnly(copy);
		assertThat(runner.get("/my/routines/" + template).getStatus()).as("no longer in the runner's week")
			.isEqualTo(404);
		Document week = runner.page("/my/week");
		assertThat(week.select("#monday .planned h3 a").attr("href")).isEqualTo("/my/routines/" + copy);
		assertThat(week.select("#monday .planned__yours").text()).isEqualTo("Your version");
		assertThat(other.page("/my/week").select("#monday .planned h3 a").attr("href"))
			.isEqualTo("/routines/hip-strength-a");

		long added_ = entryId(copy, "copenhagen-adduction");
		runner.post("/my/routines/" + copy + "/entries/" + added_ + "/up");
		assertThat(exercises(copy)).endsWith("copenhagen-adduction", "seated-knee-lift");
		runner.post("/my/routines/" + copy + "/entries/" + entryId(copy, "glute-bridge") + "/remove");
		assertThat(exercises(copy)).containsExactly("standing-hip-flexion", "split-squat", "banded-psoas-march",
				"copenhagen-adduction", "seated-knee-lift");
		MvcResult dose = runner.post("/my/routines/" + copy + "/entries/" + added_ + "/dose", "setsMin", "2", "setsMax",
				"3", "unit", "HOLD", "amountMin", "20", "amountMax", "30", "perSide", "true");
		assertThat(dose.getResponse().getRedirectedUrl()).isEqualTo("/my/routines/" + copy + "#entry-" + added_);
		assertThat(dose.getFlashMap().get("message")).isEqualTo("myroutine.entry.doseSaved");
		assertThat(jdbc.queryForMap("select sets_min, sets_max, reps_min, hold_seconds_min, hold_seconds_max, per_side "
				+ "from routine_entry where id = ?", added_))
			.containsEntry("SETS_MIN", 2).containsEntry("SETS_MAX", 3).containsEntry("REPS_MIN", null)
			.containsEntry("HOLD_SECONDS_MIN", 20).containsEntry("HOLD_SECONDS_MAX", 30).containsEntry("PER_SIDE", true);
		assertThat(runner.page("/my/routines/" + copy).select("#entry-" + added_ + " .dose").text())
			.isEqualTo("2–3 × 20–30 s hold per side");

		assertThat(entries(template)).as("the template's entries").isEqualTo(templateEntries);
		assertThat(ownRoutines(other.id())).isZero();
		assertThat(Pages.fetch(mvc, "/routines").select(".routine-card h2").eachText())
			.as("runners' routines are not listed publicly").containsOnlyOnce("Hip strength A");
	}

	@Test
	void changingTheDoseOfHipFlexsRoutineCopiesItToo() throws Exception {
		Runner runner = runner("dose-copy");
		runner.post("/my/week", "from", "recommended");
		long template = templateId("post-run-stretches");
		List<Map<String, Object>> templateEntries = entries(template);
		long butterfly = entryId(template, "butterfly-stretch");

		MvcResult result = runner.post("/my/routines/" + template + "/entries/" + butterfly + "/dose", "setsMin", "3",
				"setsMax", "3", "unit", "HOLD", "amountMin", "45", "amountMax", "60");

		long copy = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, runner.id());
		assertThat(result.getFlashMap().get("message")).isEqualTo("myroutine.entry.doseSaved.copied");
		assertThat(jdbc.queryForMap("select sets_min, hold_seconds_min, hold_seconds_max from routine_entry where id = ?",
				entryId(copy, "butterfly-stretch")))
			.containsEntry("SETS_MIN", 3).containsEntry("HOLD_SECONDS_MIN", 45).containsEntry("HOLD_SECONDS_MAX", 60);
		assertThat(entries(template)).isEqualTo(templateEntries);
		assertThat(jdbc.queryForObject("select count(distinct d.day_of_week) from week_plan_item i "
				+ "join week_plan_day d on d.id = i.week_plan_day_id join week_plan w on w.id = d.week_plan_id "
				+ "where w.owner_id = ? and i.routine_id = ?", Integer.class, runner.id(), copy))
			.as("every day it was planned on").isEqualTo(4);
	}

	@Test
	void aBadDoseIsShownBesideItsFieldsWith400AndNothingChanges() throws Exception {
		Runner runner = runner("bad-dose");
		runner.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-a");
		long bridge = entryId(template, "glute-bridge");
		List<Map<String, Object>> templateEntries = entries(template);
		String url = "/my/routines/" + template + "/entries/" + bridge + "/dose";
		String prefix = "#entry-" + bridge + "-";

		Document negative = refused(runner, url, "-1", "3", "REPS", "10", "15");
		assertThat(negative.select(".error-summary p").text()).contains("The dose of Glute bridge was not saved");
		assertThat(negative.select(".error-summary a").eachAttr("href")).containsExactly(prefix + "setsMin");
		assertThat(negative.select(prefix + "setsMin-error").text())
			.isEqualTo("Error: Sets, at least: enter a whole number from 1 to 10.");
		assertThat(negative.select(prefix + "setsMin").attr("aria-invalid")).isEqualTo("true");
		assertThat(negative.select(prefix + "setsMin").attr("value")).as("what was typed").isEqualTo("-1");
		assertThat(negative.select("#entry-" + bridge + " details[open]")).hasSize(1);

		assertThat(refused(runner, url, "0", "3", "REPS", "10", "15").select(".error-summary a").text())
			.contains("from 1 to 10");
		assertThat(refused(runner, url, "3", "2", "REPS", "10", "15").select(prefix + "setsMax-error").text())
			.contains("cannot be fewer than");
		assertThat(refused(runner, url, "2", "11", "REPS", "10", "15").select(".error-summary a").eachAttr("href"))
			.containsExactly(prefix + "setsMax");
		assertThat(refused(runner, url, "2", "3", "REPS", "10", "101").select(prefix + "amountMax-error").text())
			.contains("Repetitions, at most: enter a whole number from 1 to 100.");
		assertThat(refused(runner, url, "2", "3", "HOLD", "30", "3601").select(prefix + "amountMax-error").text())
			.contains("Seconds, at most: enter a whole number from 1 to 3600.");
		assertThat(refused(runner, url, "2", "3", "REPS", "15", "10").select(prefix + "amountMax-error").text())
			.contains("cannot be fewer than");
		Document words = refused(runner, url, "two", "99999999999999999999", "fortnights", "ten", "");
		assertThat(words.select(".error-summary a").eachAttr("href")).containsExactly(prefix + "setsMin",
				prefix + "setsMax", prefix + "unit", prefix + "amountMin", prefix + "amountMax");
		assertThat(words.select(prefix + "unit-error").text()).contains("Choose what each set is");

		assertThat(entries(template)).isEqualTo(templateEntries);
		assertThat(ownRoutines(runner.id())).as("no copy made").isZero();
	}

	@Test
	void anUnknownExerciseIsRefusedBesideTheList() throws Exception {
		Runner runner = runner("bad-exercise");
		runner.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-b");

		for (String exercise : List.of("999999", "glute-bridge", "")) {
			MvcResult result = runner.post("/my/routines/" + template + "/entries", "exercise", exercise);
			assertThat(result.getResponse().getStatus()).as(exercise).isEqualTo(400);
			Document page = page(result);
			assertThat(page.select(".error-summary a[href=#add-exercise]").text()).isEqualTo(
					"Choose an exercise from the list.");
			assertThat(page.select("#add-exercise").attr("aria-invalid")).isEqualTo("true");
		}
		assertThat(runner.post("/my/routines/" + template + "/entries/" + 999999 + "/remove").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(ownRoutines(runner.id())).isZero();
	}

	@Test
	void anotherRunnersWeekAndRoutinesAreNotFoundAndStayAsTheyAre() throws Exception {
		Runner owner = runner("owner");
		Runner intruder = runner("intruder");
		owner.post("/my/week", "from", "recommended");
		intruder.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-a");
		owner.post("/my/routines/" + template + "/entries/" + entryId(template, "glute-bridge") + "/remove");
		long ownersRoutine = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, owner.id());
		long ownersEntry = entryId(ownersRoutine, "split-squat");
		long ownersItem = itemId(owner.id(), 2, "Dynamic warm-up");
		List<Map<String, Object>> ownersWeek = plan(owner.id());
		List<Map<String, Object>> ownersEntries = entries(ownersRoutine);
		List<Map<String, Object>> intrudersWeek = plan(intruder.id());

		for (String url : List.of("/my/week/items/" + ownersItem + "/up", "/my/week/items/" + ownersItem + "/down",
				"/my/week/items/" + ownersItem + "/remove", "/my/routines/" + ownersRoutine + "/entries/" + ownersEntry
						+ "/up",
				"/my/routines/" + ownersRoutine + "/entries/" + ownersEntry + "/remove",
				"/my/routines/" + template + "/entries/" + ownersEntry + "/remove")) {
			assertThat(intruder.post(url).getResponse().getStatus()).as(url).isEqualTo(404);
		}
		assertThat(intruder.get("/my/routines/" + ownersRoutine).getStatus()).isEqualTo(404);
		assertThat(intruder.post("/my/routines/" + ownersRoutine + "/entries", "exercise",
				Long.toString(exerciseId("glute-bridge"))).getResponse().getStatus()).isEqualTo(404);
		for (String setsMin : List.of("2", "-1")) {
			assertThat(intruder.post("/my/routines/" + ownersRoutine + "/entries/" + ownersEntry + "/dose", "setsMin",
					setsMin, "setsMax", "3", "unit", "REPS", "amountMin", "10", "amountMax", "12").getResponse().getStatus())
				.as("a dose, good or bad, for another runner's routine").isEqualTo(404);
		}
		assertThat(intruder.post("/my/week/days/monday/routines", "routine", Long.toString(ownersRoutine), "slot",
				"SESSION").getResponse().getStatus()).as("planning another runner's routine").isEqualTo(404);

		assertThat(plan(owner.id())).isEqualTo(ownersWeek);
		assertThat(entries(ownersRoutine)).isEqualTo(ownersEntries);
		assertThat(plan(intruder.id())).isEqualTo(intrudersWeek);
		assertThat(ownRoutines(intruder.id())).isZero();
	}

	@Test
	void thePdfIsTheRunnersWeekWithTheirChanges() throws Exception {
		Runner runner = runner("pdf");
		runner.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-a");
		runner.post("/my/routines/" + template + "/entries", "exercise", Long.toString(exerciseId("copenhagen-adduction")));

		MockHttpServletResponse response = runner.get("/my/week.pdf?paper=letter");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("hipflex-my-week-letter.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(Math.round(pdf.getPage(0).getMediaBox().getWidth())).isEqualTo(792);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("My week", "Hip strength A", "Copenhagen adduction", "Glute bridge", "/my/week");
		}
		assertThat(runner.get("/my/week.pdf?paper=a5").getStatus()).isEqualTo(400);

		Document page = runner.page("/my/week");
		assertThat(page.select(".print-sheet table.week-grid .week-grid__name").eachText())
			.as("the printed sheet too").contains("Copenhagen adduction");
	}

	@Test
	void theCalendarHasTheRunnersDays() throws Exception {
		Runner runner = runner("calendar");
		runner.post("/my/week", "from", "scratch");
		runner.post("/my/week/days/wednesday", "runDay", "true", "note", "Intervals");
		runner.post("/my/week/days/wednesday/routines", "routine", Long.toString(templateId("dynamic-warm-up")), "slot",
				"BEFORE_RUN");

		MockHttpServletResponse response = runner.get("/my/week.ics");

		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "hipflex-my-week.ics");
		String ics = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<Map<String, String>> events = WeekTest.events(ics);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.get("RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=WE");
			assertThat(event.get("SUMMARY")).isEqualTo("HipFlex run day: Dynamic warm-up");
			assertThat(event.get("DESCRIPTION")).startsWith("Intervals").contains("Leg swings");
			assertThat(event.get("UID")).matches("week-\\d+-WE@hipflex");
			assertThat(event.get("URL")).endsWith("/my/week");
		});
	}

	@Test
	void weekForGivesTheRunnersOwnWeekOnceTheyHaveOne() throws Exception {
		Runner runner = runner("week-for");
		assertThat(weeks.weekFor(runner.id()).plan().getSlug()).isEqualTo("recommended");
		assertThat(weeks.weekFor(null).plan().getSlug()).isEqualTo("recommended");

		runner.post("/my/week", "from", "scratch");
		runner.post("/my/week/days/saturday/routines", "routine", Long.toString(templateId("hip-strength-b")), "slot",
				"SESSION");

		WeekService.Week week = weeks.weekFor(runner.id());
		assertThat(week.plan().getOwnerId()).isEqualTo(runner.id());
		assertThat(week.days()).hasSize(7);
		assertThat(week.days().stream().filter(day -> !day.routines().isEmpty()).map(WeekService.Day::dayOfWeek))
			.containsExactly(DayOfWeek.SATURDAY);
		assertThat(week.grid()).singleElement()
			.satisfies(group -> assertThat(group.routine().getName()).isEqualTo("Hip strength B"));
	}

	@Test
	void theEntriesOfSomeExercisesComeInTheOrderOfTheWeeksGridWithoutBuildingTheWeek() throws Exception {
		Runner runner = runner("own-entries");
		runner.post("/my/week", "from", "recommended");
		// A routine planned again, earlier in the week than before, on a day of its own.
		runner.post("/my/week/days/monday/routines", "routine", Long.toString(templateId("hip-strength-b")), "slot",
				"SESSION");
		WeekService.Week week = weeks.own(runner.id()).orElseThrow();
		List<String> all = WeekService.entries(week).stream().map(MyWeekTest::planned).toList();
		assertThat(week.grid()).as("a week of several routines").hasSizeGreaterThan(2);

		Set<Long> exercises = new HashSet<>();
		WeekService.entries(week).forEach(planned -> exercises.add(planned.entry().getExercise().getId()));
		assertThat(weeks.ownEntries(runner.id(), exercises).stream().map(MyWeekTest::planned)).containsExactlyElementsOf(all);

		Set<Long> last = new HashSet<>();
		week.grid().get(week.grid().size() - 1).entries().forEach(entry -> last.add(entry.getExercise().getId()));
		assertThat(weeks.ownEntries(runner.id(), last).stream().map(MyWeekTest::planned)).containsExactlyElementsOf(
				WeekService.entries(week).stream().filter(planned -> last.contains(planned.entry().getExercise().getId()))
					.map(MyWeekTest::planned).toList());
		assertThat(weeks.ownEntries(runner("no-week").id(), exercises)).isEmpty();
	}

	private static String planned(WeekService.PlannedEntry planned) {
		return planned.routineId() + "/" + planned.entry().getId() + "/" + planned.entry().getExercise().getName();
	}

	@Test
	void resettingAndDeletingTheWeekAskFirst() throws Exception {
		Runner runner = runner("reset");
		runner.post("/my/week", "from", "scratch");
		long template = templateId("hip-strength-b");
		runner.post("/my/week/days/monday/routines", "routine", Long.toString(template), "slot", "SESSION");
		runner.post("/my/routines/" + template + "/entries/" + entryId(template, "forward-lunge") + "/remove");
		assertThat(ownRoutines(runner.id())).isEqualTo(1);

		Document confirm = runner.page("/my/week/reset");
		assertThat(confirm.select("h1").text()).isEqualTo("Reset your week to the recommended week?");
		assertThat(confirm.select("form[action=/my/week/reset][method=post] button").text()).isEqualTo("Reset my week");
		MvcResult reset = runner.post("/my/week/reset");
		assertThat(reset.getFlashMap().get("message")).isEqualTo("myweek.reset.done");
		assertThat(plan(runner.id())).isEqualTo(plan(null));
		assertThat(ownRoutines(runner.id())).isZero();

		assertThat(runner.page("/my/week/delete").select("form[action=/my/week/delete] button").text())
			.isEqualTo("Delete my week");
		runner.post("/my/week/delete");
		assertThat(jdbc.queryForObject("select count(*) from week_plan where owner_id = ?", Integer.class, runner.id()))
			.isZero();
		assertThat(runner.page("/my/week").select("h1").text()).isEqualTo("Make a week yours");
		assertThat(runner.get("/my/week/reset").getRedirectedUrl()).as("nothing to reset").isEqualTo("/my/week");
	}

	@Test
	void deletingTheAccountDeletesTheWeekAndTheRunnersRoutines() throws Exception {
		Runner runner = runner("leaving");
		runner.post("/my/week", "from", "recommended");
		long template = templateId("hip-strength-a");
		runner.post("/my/routines/" + template + "/entries", "exercise", Long.toString(exerciseId("copenhagen-adduction")));
		long week = jdbc.queryForObject("select id from week_plan where owner_id = ?", Long.class, runner.id());
		long routine = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, runner.id());
		List<Map<String, Object>> templateEntries = entries(template);

		MvcResult deleted = runner.post("/account/delete", "password", Runners.PASSWORD);

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from week_plan where id = ?", Integer.class, week)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from week_plan_day where week_plan_id = ?", Integer.class, week))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from routine where id = ?", Integer.class, routine)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from routine_entry where routine_id = ?", Integer.class, routine))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from week_plan_item where routine_id = ?", Integer.class, routine))
			.isZero();
		assertThat(entries(template)).isEqualTo(templateEntries);
		assertThat(plan(null)).hasSize(10);
	}

	// What the runner's requests look like

	/** A runner with their own MockMvc, so pages can be checked with {@link Pages#fetch} as them. */
	record Runner(CurrentRunner principal, MockMvc mvc) {

		Long id() {
			return principal.id();
		}

		Document page(String url) throws Exception {
			return Pages.fetch(mvc, url);
		}

		/** The page a redirect leads to, with its flash attributes (the notice). */
		Document page(String url, MvcResult redirect) throws Exception {
			MvcResult result = mvc.perform(MockMvcRequestBuilders.get(url).flashAttrs(redirect.getFlashMap())).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			return MyWeekTest.page(result);
		}

		MockHttpServletResponse get(String url) throws Exception {
			return mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
		}

		MvcResult post(String url, String... parameters) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
			for (int i = 0; i < parameters.length; i += 2) {
				request.param(parameters[i], parameters[i + 1]);
			}
			return mvc.perform(request).andReturn();
		}

	}

	private Runner runner(String name) {
		CurrentRunner principal = Runners.create(accounts, name);
		return new Runner(principal, MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.defaultRequest(get("/").with(Runners.as(principal)))
			.build());
	}

	/** A page answered to a form, checked for what every page must have. */
	static Document page(MvcResult result) throws Exception {
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		Document page = Jsoup.parse(html, "http://localhost/");
		assertThat(page.select("main")).hasSize(1);
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("[style]")).isEmpty();
		return page;
	}

	/** The dose form sent with these values is refused with a 400; returns the page that says why. */
	private static Document refused(Runner runner, String url, String setsMin, String setsMax, String unit,
			String amountMin, String amountMax) throws Exception {
		MvcResult result = runner.post(url, "setsMin", setsMin, "setsMax", setsMax, "unit", unit, "amountMin",
				amountMin, "amountMax", amountMax);
		assertThat(result.getResponse().getStatus()).as("%s %s %s %s %s", setsMin, setsMax, unit, amountMin, amountMax)
			.isEqualTo(400);
		return page(result);
	}

	/** Every control has a label, every button says what it does, and no id is used twice. */
	static void assertFormsAreLabelled(Document page) {
		Set<String> ids = new HashSet<>();
		for (Element element : page.select("[id]")) {
			assertThat(ids.add(element.id())).as("id %s used twice", element.id()).isTrue();
		}
		for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
			assertThat(control.id()).as("control %s has an id", control).isNotBlank();
			assertThat(page.select("label[for=" + control.id() + "]")).as("label for %s", control.id()).hasSize(1);
		}
		for (Element button : page.select("button")) {
			assertThat(button.text()).as("button text").isNotBlank();
		}
		for (Element form : page.select("form[method=post]")) {
			assertThat(form.select("input[name=_csrf]")).as("CSRF token in %s", form.attr("action")).hasSize(1);
		}
	}

	// What the database holds

	/** A week's days and items, comparable between weeks: the recommended week for no owner. */
	private List<Map<String, Object>> plan(Long ownerId) {
		String sql = "select d.day_of_week, d.run_day, d.note, r.name, i.slot, i.routine_id "
				+ "from week_plan w join week_plan_day d on d.week_plan_id = w.id "
				+ "join week_plan_item i on i.week_plan_day_id = d.id join routine r on r.id = i.routine_id "
				+ "where %s order by d.day_of_week, i.position, i.id";
		return ownerId == null ? jdbc.queryForList(sql.formatted("w.slug = 'recommended'"))
				: jdbc.queryForList(sql.formatted("w.owner_id = ?"), ownerId);
	}

	private List<String> tuesday(Runner runner) {
		return plan(runner.id()).stream().filter(row -> ((Number) row.get("DAY_OF_WEEK")).intValue() == 2)
			.map(row -> (String) row.get("NAME")).toList();
	}

	private long itemId(Long ownerId, int day, String routineName) {
		return jdbc.queryForObject("select i.id from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id "
				+ "join week_plan w on w.id = d.week_plan_id join routine r on r.id = i.routine_id "
				+ "where w.owner_id = ? and d.day_of_week = ? and r.name = ?", Long.class, ownerId, day, routineName);
	}

	private long templateId(String slug) {
		return jdbc.queryForObject("select id from routine where slug = ?", Long.class, slug);
	}

	private long exerciseId(String slug) {
		return jdbc.queryForObject("select id from exercise where slug = ?", Long.class, slug);
	}

	private long entryId(long routineId, String exerciseSlug) {
		return jdbc.queryForObject("select e.id from routine_entry e join exercise x on x.id = e.exercise_id "
				+ "where e.routine_id = ? and x.slug = ?", Long.class, routineId, exerciseSlug);
	}

	private int ownRoutines(Long ownerId) {
		return jdbc.queryForObject("select count(*) from routine where owner_id = ?", Integer.class, ownerId);
	}

	/** A routine's entries as stored, in order. */
	private List<Map<String, Object>> entries(long routineId) {
		return jdbc.queryForList("select id, exercise_id, phase_id, position, sets_min, sets_max, reps_min, reps_max, "
				+ "hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note "
				+ "from routine_entry where routine_id = ? order by position, id", routineId);
	}

	private List<String> exercises(long routineId) {
		return jdbc.queryForList("select x.slug from routine_entry e join exercise x on x.id = e.exercise_id "
				+ "where e.routine_id = ? order by e.position, e.id", String.class, routineId);
	}

}
