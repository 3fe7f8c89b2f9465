package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Editing and deleting sessions, two tabs editing at once, and one runner's sessions kept from another. */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class JournalEditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Autowired
	JournalService journal;

	@Autowired
	PlatformTransactionManager transactions;

	CurrentRunner runner;

	MockMvc runnerMvc;

	LocalDate monday;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "edit");
		runnerMvc = Journals.as(context, runner);
		monday = Journals.pastMonday(clock);
	}

	@Test
	void theEditFormShowsTheSessionAndAddingNextMorningPainSavesIt() throws Exception {
		long id = logSession();
		Document form = Pages.fetch(runnerMvc, "/journal/" + id + "/edit");
		assertThat(form.selectFirst("h1").text()).isEqualTo("Edit a session");
		assertThat(form.selectFirst("input#date").val()).isEqualTo(monday.toString());
		assertThat(form.select("#routine option[selected]").text()).isEqualTo("Hip strength A");
		assertThat(form.select("input[name=version]").val()).isEqualTo("0");
		assertThat(form.getElementById("sets[0].amount").val()).isEqualTo("12");
		assertThat(form.getElementById("sets[0].load").val()).isEqualTo("2.5");
		assertThat(form.select("tr.journal-row--planned")).hasSize(2);
		assertThat(form.select("tr.journal-row--extra")).hasSize(3);
		assertThat(form.select("input[name=effort][checked]").val()).isEqualTo("6");
		assertThat(form.select("input[name=painNextMorning][checked]").val()).isEmpty();
		assertThat(form.getElementById("painNextMorning").attr("type")).isEqualTo("radio");
		assertThat(form.select("button[name=use]")).isEmpty();

		MvcResult saved = runnerMvc.perform(edit(id, "0", "painNextMorning", "3"))
			.andExpect(redirectedUrl("/journal/" + id))
			.andReturn();
		assertThat(saved.getFlashMap().get("message")).isEqualTo("journal.updated");
		assertThat(row(id)).containsEntry("pain_next_morning", 3).containsEntry("version", 1);
		assertThat(Journals.sets(jdbc, runner)).isEqualTo(2);
		Document page = Pages.fetch(runnerMvc, "/journal/" + id);
		assertThat(page.select(".journal-facts").text()).contains("Pain the next morning 3 of 10");
		assertThat(page.select("#add-morning-pain")).isEmpty();
	}

	@Test
	void anEditWithBadValuesIsRefusedAndChangesNothing() throws Exception {
		long id = logSession();
		MvcResult refused = runnerMvc.perform(edit(id, "0", "painNextMorning", "11", "sets[0].amount", "0"))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Journals.page(refused);
		assertThat(page.getElementById("painNextMorning-error").text()).contains("“11” is not on the pain scale");
		assertThat(page.getElementById("sets[0].amount-error").text()).contains("“0” is not");
		assertThat(row(id)).containsEntry("version", 0);
		assertThat(row(id).get("pain_next_morning")).isNull();
	}

	@Test
	void aSaveFromAFormOpenedBeforeAnotherChangeIsRefusedAndOverwritesNothing() throws Exception {
		long id = logSession();
		// Two tabs open the edit form on version 0.
		String first = Pages.fetch(runnerMvc, "/journal/" + id + "/edit").select("input[name=version]").val();
		String second = Pages.fetch(runnerMvc, "/journal/" + id + "/edit").select("input[name=version]").val();
		assertThat(first).isEqualTo(second).isEqualTo("0");

		runnerMvc.perform(edit(id, first, "effort", "7")).andExpect(redirectedUrl("/journal/" + id));

		MvcResult stale = runnerMvc.perform(edit(id, second, "effort", "2", "notes", "From the other tab"))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(row(id)).containsEntry("effort", 7).containsEntry("version", 1);
		assertThat(row(id).get("notes")).isNull();
		Document page = Journals.page(stale);
		assertThat(page.select("#conflict[role=alert]").text())
			.contains("changed in another tab or on another device since you opened this form")
			.contains("Nothing was overwritten")
			.contains("what you typed");
		assertThat(page.select("#conflict a").attr("href")).isEqualTo("/journal/" + id);
		assertThat(page.select("input[name=effort][checked]").val()).isEqualTo("2");
		assertThat(page.getElementById("notes").text()).isEqualTo("From the other tab");
		// Saving this form again is a deliberate choice to replace the other change.
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void theSameEditSentTwiceIsSavedOnceAndAnsweredAsTheFirstNotAsAConflict() throws Exception {
		long id = logSession();

		MvcResult first = runnerMvc.perform(edit(id, "0", "effort", "7", "notes", "Double click")).andReturn();
		MvcResult second = runnerMvc.perform(edit(id, "0", "effort", "7", "notes", "Double click")).andReturn();

		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/journal/" + id);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/journal/" + id);
		assertThat(second.getFlashMap().get("message")).isEqualTo(first.getFlashMap().get("message"));
		assertThat((Object[]) second.getFlashMap().get("messageArguments"))
			.containsExactly((Object[]) first.getFlashMap().get("messageArguments"));
		assertThat(row(id)).containsEntry("effort", 7).containsEntry("notes", "Double click").containsEntry("version", 1);
		assertThat(Journals.sets(jdbc, runner)).isEqualTo(2);
	}

	@Test
	void aChangeSavedBetweenTheVersionCheckAndTheCommitIsNotOverwritten() {
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 2, null);
		SessionForm form = journal.editForm(runner.id(), id).form();
		form.setEffort("9");

		// The other save lands after update() has checked the version, before this transaction commits.
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(journal.update(runner.id(), id, form).isValid()).isTrue();
			jdbc.update("update training_session set effort = 3, version = version + 1 where id = ?", id);
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(row(id)).containsEntry("effort", 6).containsEntry("version", 0);
	}

	@Test
	void deletingAsksFirstThenRemovesTheSessionAndItsSets() throws Exception {
		long id = logSession();
		Document confirm = Pages.fetch(runnerMvc, "/journal/" + id + "/delete");
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Delete this session?");
		assertThat(confirm.select("main p").text()).contains("Hip strength A, 2 sets", "cannot be undone");
		assertThat(confirm.select("form[method=post][action=/journal/" + id + "/delete] button").text())
			.isEqualTo("Delete the session");
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(1);

		MvcResult deleted = runnerMvc.perform(post("/journal/" + id + "/delete").with(csrf()))
			.andExpect(redirectedUrl("/journal"))
			.andReturn();
		assertThat(deleted.getFlashMap().get("message")).isEqualTo("journal.deleted");
		assertThat(Journals.sessions(jdbc, runner)).isZero();
		assertThat(Journals.sets(jdbc, runner)).isZero();
		Document journal = Journals.page(runnerMvc.perform(get("/journal").flashAttrs(deleted.getFlashMap())).andReturn());
		assertThat(journal.select("[role=status]").first().text()).startsWith("The session of").endsWith("has been deleted.");
		Pages.fetch(runnerMvc, "/journal/" + id, 404);
	}

	@Test
	void anotherRunnersSessionIsNotFoundAndStaysAsItWas() throws Exception {
		long id = logSession();
		Map<String, Object> before = row(id);
		CurrentRunner other = Runners.create(accounts, "other");
		MockMvc otherMvc = Journals.as(context, other);

		Pages.fetch(otherMvc, "/journal/" + id, 404);
		Pages.fetch(otherMvc, "/journal/" + id + "/edit", 404);
		Pages.fetch(otherMvc, "/journal/" + id + "/delete", 404);
		otherMvc.perform(edit(id, "0", "effort", "1", "painNextMorning", "9"))
			.andExpect(status().isNotFound());
		otherMvc.perform(post("/journal/" + id + "/delete").with(csrf())).andExpect(status().isNotFound());

		assertThat(row(id)).isEqualTo(before);
		assertThat(Journals.sets(jdbc, runner)).isEqualTo(2);
		assertThat(Journals.sessions(jdbc, other)).isZero();
		assertThat(Pages.fetch(otherMvc, "/journal").text()).contains("No sessions in your journal");
	}

	@Test
	void deletingTheAccountDeletesItsSessionsAndSets() throws Exception {
		logSession();
		logSession();
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(2);
		long accountId = runner.id();

		mvc.perform(post("/account/delete").with(Runners.as(runner)).with(csrf()).param("password", Runners.PASSWORD))
			.andExpect(redirectedUrl("/"));

		assertThat(jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
				accountId)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from session_set x where not exists
				(select 1 from training_session s where s.id = x.session_id)""", Integer.class)).isZero();
	}

	@Test
	void sessionAddressesThatAreNotNumbersAreNotFound() throws Exception {
		runnerMvc.perform(get("/journal/abc")).andExpect(status().isNotFound());
		runnerMvc.perform(get("/journal/99999999/edit")).andExpect(status().isNotFound());
	}

	/** Logs a Monday session of Hip strength A with two sets through the form; returns its id. */
	private long logSession() throws Exception {
		MvcResult saved = runnerMvc.perform(post("/journal").with(csrf())
			.param("date", monday.toString())
			.param("routine", Long.toString(Journals.routineId(jdbc, "hip-strength-a")))
			.param("sets[0].exercise", exercise("standing-hip-flexion")).param("sets[0].planned", "true")
			.param("sets[0].amount", "12").param("sets[0].load", "2.50")
			.param("sets[1].exercise", exercise("glute-bridge")).param("sets[1].planned", "true")
			.param("sets[1].amount", "15")
			.param("effort", "6").param("painDuring", "2"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/journal/", ""));
	}

	/**
	 * The edit form as logged, sent with the given version; {@code changes} are name and value pairs that
	 * replace what the form holds.
	 */
	private MockHttpServletRequestBuilder edit(long id, String version, String... changes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", version);
		form.put("date", monday.toString());
		form.put("routine", Long.toString(Journals.routineId(jdbc, "hip-strength-a")));
		form.put("sets[0].exercise", exercise("standing-hip-flexion"));
		form.put("sets[0].planned", "true");
		form.put("sets[0].amount", "12");
		form.put("sets[0].load", "2.5");
		form.put("sets[1].exercise", exercise("glute-bridge"));
		form.put("sets[1].planned", "true");
		form.put("sets[1].amount", "15");
		form.put("effort", "6");
		form.put("painDuring", "2");
		for (int i = 0; i < changes.length; i += 2) {
			form.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/journal/" + id).with(csrf());
		form.forEach(request::param);
		return request;
	}

	private Map<String, Object> row(long id) {
		Map<String, Object> row = new java.util.HashMap<>();
		jdbc.queryForMap("select effort, pain_during, pain_next_morning, notes, version, session_date from training_session where id = ?", id)
			.forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
		return row;
	}

	private String exercise(String slug) {
		return Long.toString(Journals.exerciseId(jdbc, slug));
	}

}
