package dev.hipflex.share;

import static dev.hipflex.share.ShareLinkTest.address;
import static dev.hipflex.share.ShareLinkTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hipflex.DateSensitive;
import dev.hipflex.RunnerData;
import dev.hipflex.Zips;
import dev.hipflex.journal.Journals;
import dev.hipflex.share.ShareLinkTest.Runner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A clinician in the loop: through a share link that allows it, a clinician changes a dose, swaps an exercise and
 * notes a day on the summary; the runner sees each change with the link's name and date on their week and undoes
 * it. Nothing changes through a view-only, revoked or expired link, without the CSRF token, or with bad input.
 */
@SpringBootTest(properties = { "hipflex.base-url=https://hipflex.example", "hipflex.runner-pages.kept=true" })
@AutoConfigureMockMvc
@DateSensitive
class ShareAdjustTest extends ShareTestSupport {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Test
	void theClinicianChangesADoseAndTheRunnerSeesItWithTheLinksNameAndDateAndUndoesIt() throws Exception {
		Runner runner = runner("adjusted");
		String token = make(runner, "Dr Patel, physio", true);
		assertThat(runner.get("/account/shares").getContentAsString(StandardCharsets.UTF_8))
			.contains("Lets them adjust your plan.");
		String address = address();
		Dose first = firstDose(token, address);

		MockHttpServletResponse saved = clinician(first.action(), address, "setsMin", "3", "setsMax", "3", "unit",
				"REPS", "amountMin", "12", "amountMax", "12");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/shared/" + token + "#adjust");

		Document week = runner.page("/my/week");
		String date = DATE.format(now.atZone(zones.zoneOf(runner.id())));
		assertThat(week.select("#plan-changes li").text())
			.contains("Changed by Dr Patel, physio on " + date + ": the dose of ", "to 3 × 12");
		long change = jdbc.queryForObject("select id from plan_change where account_id = ?", Long.class, runner.id());
		long entry = jdbc.queryForObject("select entry_id from plan_change where id = ?", Long.class, change);
		assertThat(dose(entry)).isEqualTo(List.of(3, 3, 12));
		assertThat(week.select("#plan-changes button").text()).isEqualTo("Undo");

		assertThat(runner.post("/my/week/changes/" + change + "/undo").getStatus()).isEqualTo(302);
		assertThat(dose(entry)).as("the dose before the change").isEqualTo(first.dose());
		assertThat(runner.page("/my/week").select("#plan-changes")).isEmpty();

		Map<String, Object> undone = RunnerData.snapshot(jdbc, runner.id());
		MockHttpServletResponse again = runner.post("/my/week/changes/" + change + "/undo");
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("undone already");
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(undone);
	}

	@Test
	void aChangeTheRunnerEditedSinceIsNotUndoneAndAnotherRunnersChangeIsNotFound() throws Exception {
		Runner runner = runner("edited");
		Runner other = Runner.create(context, accounts, "other-adjusted");
		String token = make(runner, "Dr Patel", true);
		String address = address();
		Dose first = firstDose(token, address);
		assertThat(clinician(first.action(), address, "setsMin", "2", "setsMax", "2", "unit", "HOLD", "amountMin",
				"30", "amountMax", "30").getStatus()).isEqualTo(302);
		long change = jdbc.queryForObject("select id from plan_change where account_id = ?", Long.class, runner.id());
		long routine = jdbc.queryForObject("select routine_id from plan_change where id = ?", Long.class, change);
		long entry = jdbc.queryForObject("select entry_id from plan_change where id = ?", Long.class, change);

		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		assertThat(other.post("/my/week/changes/" + change + "/undo").getStatus()).isEqualTo(404);
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);

		assertThat(runner.post("/my/routines/" + routine + "/entries/" + entry + "/dose", "setsMin", "4", "setsMax",
				"4", "unit", "HOLD", "amountMin", "20", "amountMax", "20").getStatus()).isEqualTo(302);
		Map<String, Object> edited = RunnerData.snapshot(jdbc, runner.id());
		MockHttpServletResponse refused = runner.post("/my/week/changes/" + change + "/undo");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("changed again since");
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(edited);
		assertThat(dose(entry)).isEqualTo(List.of(4, 4, 20));
	}

	@Test
	void theClinicianSwapsAnExerciseAndNotesADayAndTheRunnerUndoesBoth() throws Exception {
		Runner runner = runner("swapped");
		String token = make(runner, "Dr Patel", true);
		String address = address();
		Document summary = open(token, address);
		String swap = summary.select("form[action$=/exercise]").first().attr("action");
		String exercise = summary.select("form[action$=/exercise] option").last().attr("value");
		String exerciseName = summary.select("form[action$=/exercise] option").last().text();
		assertThat(clinician(swap, address, "exercise", exercise).getStatus()).isEqualTo(302);
		assertThat(clinician("/shared/" + token + "/days/tuesday/note", address, "note", "Rest the hip today")
			.getStatus()).isEqualTo(302);

		Document week = runner.page("/my/week");
		assertThat(week.select("#plan-changes li")).hasSize(2);
		assertThat(week.select("#plan-changes li").text()).contains("swapped for " + exerciseName,
				"the note for Tuesday", "Rest the hip today");
		assertThat(open(token, address).text()).contains("Tuesday: Rest the hip today");

		List<Long> changes = jdbc.queryForList("select id from plan_change where account_id = ? order by id",
				Long.class, runner.id());
		long entry = jdbc.queryForObject("select entry_id from plan_change where id = ?", Long.class, changes.get(0));
		long before = jdbc.queryForObject("select exercise_before from plan_change where id = ?", Long.class,
				changes.get(0));
		for (long change : changes) {
			assertThat(runner.post("/my/week/changes/" + change + "/undo").getStatus()).isEqualTo(302);
		}
		assertThat(jdbc.queryForObject("select exercise_id from routine_entry where id = ?", Long.class, entry))
			.isEqualTo(before);
		assertThat(open(token, address).text()).doesNotContain("Rest the hip today");
	}

	@Test
	void badInputIsRefusedWith400AndChangesNothing() throws Exception {
		Runner runner = runner("bad-input");
		String token = make(runner, "Dr Patel", true);
		String address = address();
		Dose first = firstDose(token, address);
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		List<String[]> doses = List.of(new String[] { "setsMin", "0" }, new String[] { "setsMin", "11" },
				new String[] { "setsMin", "-1" }, new String[] { "setsMin", "two" }, new String[] { "setsMin", "" },
				new String[] { "setsMax", "1" }, new String[] { "unit", "MILES" }, new String[] { "unit", "" },
				new String[] { "amountMin", "1e3" }, new String[] { "amountMax", "101" },
				new String[] { "amountMin", "99999999999999999999" }, new String[] { "amountMin", "5\u0000" });
		for (String[] bad : doses) {
			List<String> fields = new ArrayList<>(List.of("setsMin", "2", "setsMax", "3", "unit", "REPS", "amountMin",
					"10", "amountMax", "12"));
			fields.set(fields.indexOf(bad[0]) + 1, bad[1]);
			MockHttpServletResponse response = clinician(first.action(), address, fields.toArray(String[]::new));
			assertThat(response.getStatus()).as(String.join("=", bad)).isEqualTo(400);
			if (bad[1].contains("\u0000")) {
				continue; // refused before any page by the firewall (RefusedRequests)
			}
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.text()).contains("Nothing was changed");
			var field = page.select("[aria-invalid=true], fieldset.radios.field--error").first();
			assertThat(field).as(String.join("=", bad)).isNotNull();
			assertThat(field.attr("aria-describedby")).as("error tied to field").contains(field.id() + "-error");
			assertThat(page.getElementById(field.id() + "-error")).isNotNull();
		}
		String swap = open(token, address).select("form[action$=/exercise]").first().attr("action");
		for (String exercise : List.of("", "999999999", "abc", "-1")) {
			MockHttpServletResponse response = clinician(swap, address, "exercise", exercise);
			assertThat(response.getStatus()).as(exercise).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Choose an exercise from the library");
		}
		MockHttpServletResponse tooLong = clinician("/shared/" + token + "/days/monday/note", address, "note",
				"x".repeat(301));
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(tooLong.getContentAsString(StandardCharsets.UTF_8))
			.select("#adjust-note-monday[aria-invalid=true]").attr("aria-describedby")).contains("adjust-note-monday-error");
		assertThat(clinician("/shared/" + token + "/days/monday/note", address, "note", "bad\u0000note").getStatus())
			.isEqualTo(400);
		assertThat(clinician("/shared/" + token + "/days/monday/note", address).getStatus()).isEqualTo(400);
		assertThat(clinician("/shared/" + token + "/days/someday/note", address, "note", "x").getStatus())
			.isEqualTo(404);
		assertThat(clinician(first.action().replaceFirst("/entries/[0-9]+/", "/entries/1/"), address, "setsMin", "2",
				"setsMax", "2", "unit", "REPS", "amountMin", "10", "amountMax", "10").getStatus()).isEqualTo(404);
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);
	}

	@Test
	void viewOnlyRevokedAndExpiredLinksAndRequestsWithoutTheCsrfTokenChangeNothing() throws Exception {
		Runner runner = runner("view-only");
		String viewOnly = make(runner, "Dr Read", false);
		String adjusting = make(runner, "Dr Patel", true);
		String address = address();
		assertThat(open(viewOnly, address).select("#adjust, form")).as("no form through a view-only link").isEmpty();
		Dose first = firstDose(adjusting, address);
		String viewOnlyAction = first.action().replace(adjusting, viewOnly);
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		String[] dose = { "setsMin", "3", "setsMax", "3", "unit", "REPS", "amountMin", "12", "amountMax", "12" };

		MockHttpServletResponse refused = clinician(viewOnlyAction, address, dose);
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("does not allow changes");
		assertThat(clinician("/shared/" + viewOnly + "/days/monday/note", address, "note", "x").getStatus())
			.isEqualTo(403);
		assertThat(clinician(viewOnlyAction.replace("/dose", "/exercise"), address, "exercise", "1").getStatus())
			.isEqualTo(403);

		MockHttpServletRequestBuilder noToken = MockMvcRequestBuilders.post(first.action()).with(from(address));
		for (int i = 0; i < dose.length; i += 2) {
			noToken.param(dose[i], dose[i + 1]);
		}
		assertThat(visitor.perform(noToken).andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);

		long id = jdbc.queryForObject("select id from share_link where account_id = ? and may_adjust", Long.class,
				runner.id());
		Instant expires = jdbc.queryForObject("select expires_at from share_link where id = ?",
				java.time.LocalDateTime.class, id).toInstant(java.time.ZoneOffset.UTC);
		now = expires;
		assertThat(clinician(first.action(), address, dose).getStatus()).as("expired").isEqualTo(404);
		now = expires.minusSeconds(60);
		assertThat(runner.post("/account/shares/" + id + "/revoke").getStatus()).isEqualTo(302);
		// The revoke is the runner's own change, so it moves their pages' version (RunnerPages); nothing after it may.
		before.put("account", RunnerData.snapshot(jdbc, runner.id()).get("account"));
		MockHttpServletResponse revoked = clinician(first.action(), address, dose);
		assertThat(revoked.getStatus()).as("revoked").isEqualTo(404);
		assertThat(revoked.getContentAsString(StandardCharsets.UTF_8)).contains("does not work");
		before.put("share_link", RunnerData.snapshot(jdbc, runner.id()).get("share_link"));
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);
	}

	@Test
	void clinicianChangesSentAtOnceAreMadeOneAfterTheOther() throws Exception {
		Runner runner = runner("concurrent");
		String token = make(runner, "Dr Patel", true);
		String address = address();
		Dose first = firstDose(token, address);
		assertThat(clinician(first.action(), address, "setsMin", "1", "setsMax", "1", "unit", "REPS", "amountMin",
				"5", "amountMax", "5").getStatus()).isEqualTo(302);
		// The routine is the runner's copy now: the address of its exercise is on the summary.
		String action = firstDose(token, address).action();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 2; i <= 5; i++) {
				String sets = Integer.toString(i);
				answers.add(threads.submit(() -> {
					start.await();
					return clinician(action, address, "setsMin", sets, "setsMax", sets, "unit", "REPS", "amountMin",
							"10", "amountMax", "10").getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<Map<String, Object>> changes = jdbc.queryForList(
				"select entry_id, dose_before, dose_after from plan_change where account_id = ? order by id", runner.id());
		assertThat(changes).hasSize(5);
		for (int i = 1; i < changes.size(); i++) {
			assertThat(changes.get(i).get("dose_before")).as("each change replaced the one before")
				.isEqualTo(changes.get(i - 1).get("dose_after"));
		}
		long entry = ((Number) changes.get(4).get("entry_id")).longValue();
		String last = (String) changes.get(4).get("dose_after");
		assertThat(dose(entry)).isEqualTo(List.of(Integer.valueOf(last.split(" ")[1]),
				Integer.valueOf(last.split(" ")[2]), 10));
	}

	@Test
	void theExportListsTheChangesAndDeletingTheAccountDeletesThem() throws Exception {
		Runner runner = runner("exported");
		String token = make(runner, "Dr Patel, physio", true);
		String address = address();
		assertThat(clinician("/shared/" + token + "/days/friday/note", address, "note", "Long run Sunday")
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse export = runner.get("/account/export.zip");
		String json = Zips.unzip(export.getContentAsByteArray()).get("plan-changes.json");
		assertThat(json).contains("Dr Patel, physio", "Long run Sunday", "FRIDAY");

		accounts.delete(runner.id());
		assertThat(jdbc.queryForObject("select count(*) from plan_change where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	/** The first exercise's dose form on the summary: its address and the dose it shows (sets, sets, amount). */
	record Dose(String action, List<Integer> dose) {
	}

	private Dose firstDose(String token, String address) throws Exception {
		Document summary = open(token, address == null ? address() : address);
		var form = summary.select("#adjust form[action$=/dose]").first();
		assertThat(form).as("a dose form").isNotNull();
		return new Dose(form.attr("action"), List.of(Integer.valueOf(form.select("[name=setsMin]").val()),
				Integer.valueOf(form.select("[name=setsMax]").val()),
				Integer.valueOf(form.select("[name=amountMin]").val())));
	}

	private List<Integer> dose(long entry) {
		Map<String, Object> row = jdbc.queryForMap("""
				select sets_min, sets_max, coalesce(reps_min, hold_seconds_min, time_seconds_min) as amount
				from routine_entry where id = ?""", entry);
		return List.of(((Number) row.get("sets_min")).intValue(), ((Number) row.get("sets_max")).intValue(),
				((Number) row.get("amount")).intValue());
	}

	private Runner runner(String name) throws Exception {
		Runner runner = Runner.create(context, accounts, name);
		assertThat(runner.post("/my/week", "from", "recommended").getStatus()).isEqualTo(302);
		long exercise = jdbc.queryForObject("select min(id) from exercise", Long.class);
		long session = Journals.insertSession(jdbc, runner.id(), zones.today(runner.id()).minusDays(1),
				"Hip strength A", 5, 1, 0, "Easy");
		Journals.insertSet(jdbc, session, exercise, 1, 10);
		return runner;
	}

	private String make(Runner runner, String label, boolean mayAdjust) throws Exception {
		MockHttpServletResponse made = mayAdjust
				? runner.post("/account/shares", "label", label, "expiry", "1m", "mayAdjust", "true")
				: runner.post("/account/shares", "label", label, "expiry", "1m");
		assertThat(made.getStatus()).isEqualTo(200);
		return Jsoup.parse(made.getContentAsString(StandardCharsets.UTF_8)).select("#share-link").val()
			.substring(ShareLinkTest.BASE.length());
	}

	private Document open(String token, String address) throws Exception {
		MockHttpServletResponse response = visitor
			.perform(MockMvcRequestBuilders.get("/shared/" + token).with(from(address)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse clinician(String action, String address, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action).with(csrf()).with(from(address));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return visitor.perform(request).andReturn().getResponse();
	}

}
