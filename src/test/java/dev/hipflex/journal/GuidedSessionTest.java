package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.Zips;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The guided session without JavaScript: each step a form and a page, the draft kept on the server, the
 * finished session an ordinary journal entry; bad input, old pages and other runners change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class GuidedSessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	JournalService journal;

	@Autowired
	Clock clock;

	CurrentRunner runner;

	MockMvc runnerMvc;

	long routine;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "guided");
		runnerMvc = Journals.as(context, runner);
		routine = Journals.routineId(jdbc, "hip-strength-a");
	}

	@Test
	void aRunnerWalksThroughARoutineOneSetAtATimeAndSavesAnOrdinarySession() throws Exception {
		long draft = start(runnerMvc, routine);

		Document first = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(first.select("h1").text()).isEqualTo("Standing hip flexion");
		assertThat(first.select(".guided__where").text()).isEqualTo("Hip strength A: exercise 1 of 5, set 1 of 3");
		assertThat(first.select(".guided__target").text()).isEqualTo("Target: 10–15 repetitions on each side");
		assertThat(first.select("input#amount").val()).isEqualTo("10");
		assertThat(first.select("label[for=amount]").text()).isEqualTo("Repetitions you did");
		assertThat(first.select("button[name=action][value=done]").text()).isEqualTo("Done");
		assertThat(first.select(".guided__illustration img").attr("src")).isEqualTo("/images/exercises/standing-hip-flexion.svg");
		assertThat(first.select(".guided__illustration img").attr("alt")).isNotBlank();
		assertThat(first.select("#cues-heading + ul li")).isNotEmpty();
		// The first set has no rest before it; nothing moves on by itself, and the script is a file of our own.
		assertThat(first.select(".guided-timer--rest")).isEmpty();
		assertThat(first.select("meta[http-equiv]")).isEmpty();
		assertThat(first.select("script[src]").eachAttr("src")).contains("/js/guided.js");

		record(draft, 0, "done", "10").andReturn();
		Document second = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(second.select(".guided__where").text()).isEqualTo("Hip strength A: exercise 1 of 5, set 2 of 3");
		assertThat(second.select(".guided-timer--rest p").first().text()).isEqualTo("Rest about 60 seconds before this set.");
		assertThat(second.select(".guided-timer--rest").attr("data-seconds")).isEqualTo("60");

		assertThat(record(draft, 1, "done", "13").andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/journal/guided/" + draft + "#step");
		record(draft, 2, "skip", "").andReturn();
		Document next = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(next.select(".guided__where").text()).isEqualTo("Hip strength A: exercise 2 of 5, set 1 of 3");
		record(draft, step(draft), "end", "").andReturn();

		Document end = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(end.select("h1").text()).isEqualTo("How did it go?");
		assertThat(end.select(".guided__done-list li").eachText()).startsWith("Standing hip flexion: 10 repetitions",
				"Standing hip flexion: 13 repetitions");
		int done = end.select(".guided__done-list li").size();
		// Until it is saved, the draft is no session: nothing in the journal, the checklist or the progress counts it.
		assertThat(Journals.sessions(jdbc, runner)).isZero();
		assertThat(journal.sessionCount(runner.id(), LocalDate.now(clock).minusDays(7), LocalDate.now(clock).plusDays(1)))
			.isZero();

		String token = end.select("input[name=token]").val();
		MockHttpServletResponse saved = finish(runnerMvc, draft, token, "4", "1", "Felt steady").andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		long session = Long.parseLong(saved.getRedirectedUrl().replace("/journal/", ""));
		Map<String, Object> row = jdbc.queryForMap(
				"select session_date, routine_name, effort, pain_during, notes, form_token from training_session where id = ? and account_id = ?",
				session, runner.id());
		assertThat(row.get("session_date").toString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(row).containsEntry("routine_name", "Hip strength A").containsEntry("effort", 4)
			.containsEntry("pain_during", 1).containsEntry("notes", "Felt steady");
		List<Integer> reps = jdbc.queryForList("select coalesce(reps, hold_seconds) from session_set where session_id = ? order by position",
				Integer.class, session);
		assertThat(reps).hasSize(done).startsWith(10, 13);
		assertThat(drafts()).isZero();
		// An ordinary entry: its page shows it, and the history lists it.
		assertThat(Pages.fetch(runnerMvc, "/journal/" + session).select("main").text()).contains("Hip strength A");
		assertThat(Pages.fetch(runnerMvc, "/journal").select("a[href=/journal/" + session + "]")).isNotEmpty();

		// Save sent again (a double tap) saves nothing more and answers with the same session.
		MockHttpServletResponse again = finish(runnerMvc, draft, token, "4", "1", "Felt steady").andReturn().getResponse();
		assertThat(again.getRedirectedUrl()).isEqualTo("/journal/" + session);
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(1);
	}

	@Test
	void aHoldIsTypedInSecondsAndItsCountdownIsOffered() throws Exception {
		long draft = start(runnerMvc, Journals.routineId(jdbc, "post-run-stretches"));
		Document first = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(first.select("h1").text()).isEqualTo("Kneeling hip flexor stretch");
		assertThat(first.select(".guided__target").text()).isEqualTo("Target: 30 seconds on each side");
		assertThat(first.select("label[for=amount]").text()).isEqualTo("Seconds you did");
		assertThat(first.select("input#amount").val()).isEqualTo("30");
		// Without the script the time is text; the script shows the hidden countdown and its button.
		assertThat(first.select(".guided-timer--hold").attr("data-seconds")).isEqualTo("30");
		assertThat(first.select(".guided-timer--hold button.guided-timer__start[hidden]").text())
			.isEqualTo("Count down the set (30 seconds)");
		assertThat(first.select("button.guided-sound[hidden][aria-pressed=false]")).hasSize(1);

		record(draft, 0, "done", "25").andReturn();
		Document second = Pages.fetch(runnerMvc, "/journal/guided/" + draft);
		assertThat(second.select(".guided-timer--rest p").first().text()).isEqualTo("Rest about 15 seconds before this set.");
		record(draft, 1, "done", "3601").andReturn();
		assertThat(step(draft)).isEqualTo(1);
		record(draft, 1, "done", "3600").andReturn();
		assertThat(step(draft)).isEqualTo(2);
		assertThat(jdbc.queryForList("select amount from guided_draft_set where draft_id = ? order by position",
				Integer.class, draft)).containsExactly(25, 3600);
	}

	@Test
	void badAmountsAndScoresAreRefusedWithAMessageAndTheDraftStaysAsItWas() throws Exception {
		long draft = start(runnerMvc, routine);
		record(draft, 0, "done", "12").andReturn();
		String before = snapshot(draft);
		for (String amount : new String[] { "-1", "abc", "0", "1001", "99999999999999999999", "", "1.5" }) {
			MockHttpServletResponse refused = record(draft, 1, "done", amount).andReturn().getResponse();
			assertThat(refused.getStatus()).as("amount %s", amount).isEqualTo(400);
			Document page = Journals.page(runnerMvc.perform(post("/journal/guided/" + draft).with(csrf())
				.param("step", "1").param("action", "done").param("amount", amount)).andReturn());
			assertThat(page.select("#amount-error").text()).as("amount %s", amount)
				.contains("Type the repetitions you did as a whole number from 1 to 1,000");
			assertThat(page.select("input#amount[aria-invalid=true]")).hasSize(1);
			assertThat(snapshot(draft)).isEqualTo(before);
		}
		// A form that names no step, a step that is not the next one, or an action there is none of.
		assertThat(status(post("/journal/guided/" + draft).with(csrf()).param("action", "done").param("amount", "3")))
			.isEqualTo(400);
		assertThat(status(post("/journal/guided/" + draft).with(csrf()).param("step", "5").param("amount", "3")))
			.isEqualTo(409);
		assertThat(status(post("/journal/guided/" + draft).with(csrf()).param("step", "0").param("amount", "9")))
			.isEqualTo(409);
		assertThat(status(post("/journal/guided/" + draft).with(csrf()).param("step", "1").param("action", "jump")))
			.isEqualTo(400);
		assertThat(Journals.page(runnerMvc.perform(post("/journal/guided/" + draft).with(csrf()).param("step", "7")
			.param("amount", "3")).andReturn()).select("main").text()).contains("That set is not the next one");
		assertThat(snapshot(draft)).isEqualTo(before);

		// The same "Done" sent twice (a double tap) records the set once.
		record(draft, 1, "done", "11").andReturn();
		String afterOne = snapshot(draft);
		assertThat(record(draft, 1, "done", "11").andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(snapshot(draft)).isEqualTo(afterOne);

		record(draft, 2, "end", "").andReturn();
		String ended = snapshot(draft);
		for (String[] scores : new String[][] { { "11", "1" }, { "3", "-1" }, { "", "2" }, { "abc", "2" } }) {
			MockHttpServletResponse refused = finish(runnerMvc, draft, scores[0], scores[1], "").andReturn().getResponse();
			assertThat(refused.getStatus()).as("effort %s, pain %s", scores[0], scores[1]).isEqualTo(400);
			Document page = Journals.page(finish(runnerMvc, draft, scores[0], scores[1], "").andReturn());
			assertThat(page.select(".error-summary li")).isNotEmpty();
			assertThat(snapshot(draft)).isEqualTo(ended);
		}
		Document tooLong = Journals.page(finish(runnerMvc, draft, "3", "1", "x".repeat(2001)).andReturn());
		assertThat(tooLong.select("#notes-error").text()).isNotBlank();
		assertThat(Journals.sessions(jdbc, runner)).isZero();
		assertThat(snapshot(draft)).isEqualTo(ended);
	}

	@Test
	void anotherRunnerCannotSeeOrTouchADraft() throws Exception {
		long draft = start(runnerMvc, routine);
		record(draft, 0, "done", "12").andReturn();
		String before = snapshot(draft);
		CurrentRunner other = Runners.create(accounts, "guided-other");
		MockMvc otherMvc = Journals.as(context, other);
		for (String path : new String[] { "/journal/guided/" + draft, "/journal/guided/" + draft + "/",
				"/journal/guided/%3" + Long.toString(draft).charAt(0) + Long.toString(draft).substring(1),
				"/JOURNAL/guided/" + draft, "/journal/guided/0" + draft }) {
			assertThat(otherMvc.perform(get(java.net.URI.create(path))).andReturn().getResponse().getStatus()).as(path)
				.isIn(400, 404);
		}
		assertThat(otherMvc.perform(get("/journal/guided/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(otherMvc.perform(post("/journal/guided/" + draft).with(csrf()).param("step", "1").param("amount", "5"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(otherMvc.perform(post("/journal/guided/" + draft + "/finish").with(csrf()).param("effort", "3")
			.param("painDuring", "1")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(otherMvc.perform(post("/journal/guided/" + draft + "/discard").with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		// Their own pages never mention it.
		assertThat(Pages.fetch(otherMvc, "/journal/guided").select(".guided-draft")).isEmpty();
		assertThat(Pages.fetch(otherMvc, "/journal").select(".guided-draft")).isEmpty();
		assertThat(snapshot(draft)).isEqualTo(before);
		assertThat(Journals.sessions(jdbc, other)).isZero();
	}

	@Test
	void aRunnerHasOneDraftWhichThePagesOfferToFinishOrDiscard() throws Exception {
		Document startPage = Pages.fetch(runnerMvc, "/journal/guided");
		assertThat(startPage.select("select#routine option").eachText()).contains("Hip strength A");
		assertThat(startPage.select(".guided-draft")).isEmpty();

		long draft = start(runnerMvc, routine);
		record(draft, 0, "done", "12").andReturn();
		String today = Pages.fetch(runnerMvc, "/journal/guided").select(".guided-draft h2").text();
		assertThat(today).startsWith("Finish your session from ");
		for (String page : new String[] { "/", "/journal", "/journal/guided" }) {
			Document shown = Pages.fetch(runnerMvc, page);
			assertThat(shown.select(".guided-draft h2").text()).as(page).isEqualTo(today);
			assertThat(shown.select(".guided-draft a[href=/journal/guided/" + draft + "]")).as(page).hasSize(1);
			assertThat(shown.select(".guided-draft form[method=post][action=/journal/guided/" + draft + "/discard]"))
				.as(page).hasSize(1);
		}
		// Starting another asks to finish or discard this one first, and changes nothing.
		String before = snapshot(draft);
		MockHttpServletResponse second = runnerMvc.perform(post("/journal/guided").with(csrf())
			.param("routine", Long.toString(Journals.routineId(jdbc, "hip-strength-b")))).andReturn().getResponse();
		assertThat(second.getRedirectedUrl()).isEqualTo("/journal/guided");
		assertThat(snapshot(draft)).isEqualTo(before);
		assertThat(drafts()).isEqualTo(1);

		// Discarding is one POST, without a confirmation page: the notice says the sets go at once.
		assertThat(runnerMvc.perform(get("/journal/guided/" + draft + "/discard")).andReturn().getResponse().getStatus())
			.isNotEqualTo(302);
		assertThat(runnerMvc.perform(post("/journal/guided/" + draft + "/discard").with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/journal/guided");
		assertThat(drafts()).isZero();
		assertThat(Journals.sessions(jdbc, runner)).isZero();
		assertThat(runnerMvc.perform(get("/journal/guided/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void unknownRoutinesAreRefused() throws Exception {
		for (String value : new String[] { "", "abc", "-1", "999999999", "99999999999999999999" }) {
			assertThat(status(post("/journal/guided").with(csrf()).param("routine", value))).as(value).isEqualTo(400);
		}
		assertThat(status(post("/journal/guided").with(csrf()))).isEqualTo(400);
		assertThat(drafts()).isZero();
	}

	@Test
	void theGuidedPagesNeedALoginAndAreNeverStored() throws Exception {
		long draft = start(runnerMvc, routine);
		for (String path : new String[] { "/journal/guided", "/journal/guided/" + draft }) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
			assertThat(runnerMvc.perform(get(path)).andReturn().getResponse().getHeader("Cache-Control"))
				.isEqualTo("private, no-store");
		}
		assertThat(mvc.perform(post("/journal/guided/" + draft + "/discard").with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(drafts()).isEqualTo(1);
	}

	@Test
	void theExportHoldsTheDraftAndDeletingTheAccountDeletesIt() throws Exception {
		long draft = start(runnerMvc, routine);
		record(draft, 0, "done", "14").andReturn();
		Map<String, String> files = Zips.unzip(runnerMvc.perform(get("/account/export.zip")).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(files.get("guided-draft.csv")).startsWith("routine,date,started_at,next_step,step,exercise,amount")
			.contains("Hip strength A," + LocalDate.now(clock) + ",").contains(",1,1,standing-hip-flexion,14");
		assertThat(files.get("README.txt")).contains("guided-draft.csv");

		accounts.delete(runner.id());
		assertThat(jdbc.queryForObject("select count(*) from guided_draft where id = ?", Integer.class, draft)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from guided_draft_set where draft_id = ?", Integer.class, draft))
			.isZero();
	}

	static long start(MockMvc mvc, long routine) throws Exception {
		String location = mvc.perform(post("/journal/guided").with(csrf()).param("routine", Long.toString(routine)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/journal/guided/\\d+");
		return Long.parseLong(location.substring("/journal/guided/".length()));
	}

	static org.springframework.test.web.servlet.ResultActions finish(MockMvc mvc, long draft, String effort,
			String pain, String notes) throws Exception {
		String token = Pages.fetch(mvc, "/journal/guided/" + draft, 200).select("input[name=token]").val();
		return finish(mvc, draft, token, effort, pain, notes);
	}

	static org.springframework.test.web.servlet.ResultActions finish(MockMvc mvc, long draft, String token,
			String effort, String pain, String notes) throws Exception {
		return mvc.perform(post("/journal/guided/" + draft + "/finish").with(csrf()).param("token", token)
			.param("effort", effort).param("painDuring", pain).param("notes", notes));
	}

	private org.springframework.test.web.servlet.ResultActions record(long draft, int step, String action, String amount)
			throws Exception {
		return runnerMvc.perform(post("/journal/guided/" + draft).with(csrf()).param("step", Integer.toString(step))
			.param("action", action).param("amount", amount));
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return runnerMvc.perform(request).andReturn().getResponse().getStatus();
	}

	private int step(long draft) {
		return jdbc.queryForObject("select step from guided_draft where id = ?", Integer.class, draft);
	}

	private int drafts() {
		return jdbc.queryForObject("select count(*) from guided_draft where account_id = ?", Integer.class, runner.id());
	}

	/** Everything a draft holds, to compare before and after a refused request. */
	private String snapshot(long draft) {
		return jdbc.queryForMap("select * from guided_draft where id = ?", draft).toString()
				+ jdbc.queryForList("select * from guided_draft_set where draft_id = ? order by position", draft);
	}

}
