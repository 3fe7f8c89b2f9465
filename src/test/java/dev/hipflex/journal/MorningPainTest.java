package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** Next-morning pain in one tap: asked on the home page and the journal, stored on the right session only. */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class MorningPainTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	CurrentRunner runner;

	MockMvc runnerMvc;

	LocalDate today;

	long yesterday;

	long twoDaysAgo;

	long fourDaysAgo;

	long todays;

	@BeforeEach
	void sessions() {
		runner = Runners.create(accounts, "morning");
		runnerMvc = Journals.as(context, runner);
		// The runner has not chosen a time zone: their today is the application clock's.
		today = LocalDate.now(clock);
		yesterday = Journals.insertSession(jdbc, runner, today.minusDays(1), "Hip strength A", 5, 1, null);
		twoDaysAgo = Journals.insertSession(jdbc, runner, today.minusDays(2), "Hip strength B", 5, 1, null);
		fourDaysAgo = Journals.insertSession(jdbc, runner, today.minusDays(4), "Hip strength A", 5, 1, null);
		todays = Journals.insertSession(jdbc, runner, today, "Hip strength B", 5, 1, null);
		Journals.insertSession(jdbc, runner, today.minusDays(3), "Hip strength A", 5, 1, 2);
	}

	@Test
	void theHomePageAsksAboutYesterdaysSessionWithElevenButtonsInOneForm() throws Exception {
		Document home = Pages.fetch(runnerMvc, "/");
		assertThat(home.select("#morning h2").text()).isEqualTo("How does your hip feel this morning?");
		assertThat(home.select("#morning form")).hasSize(1);
		assertThat(home.select("#morning form").attr("action")).isEqualTo("/journal/" + yesterday + "/morning");
		assertThat(home.select("#morning form button[name=pain]").eachAttr("value")).containsExactly("0", "1", "2", "3",
				"4", "5", "6", "7", "8", "9", "10");
		assertThat(home.select("#morning legend").text()).contains("Hip strength A");
		assertThat(home.select("#morning input[name=_csrf]")).hasSize(1);
	}

	@Test
	void theJournalListsTheSessionsStillMissingItUpToThreeDaysBack() throws Exception {
		Document journal = Pages.fetch(runnerMvc, "/journal");
		assertThat(journal.select("#waiting-for-morning form").eachAttr("action"))
			.containsExactly("/journal/" + yesterday + "/morning", "/journal/" + twoDaysAgo + "/morning");
	}

	@Test
	void oneTapStoresThePainOnThatSessionOnly() throws Exception {
		MvcResult tapped = tap(twoDaysAgo, "3").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/journal/" + twoDaysAgo))
			.andReturn();
		assertThat(tapped.getFlashMap().get("message")).isEqualTo("journal.morning.saved");
		assertThat(morning(twoDaysAgo)).isEqualTo(3);
		assertThat(morning(yesterday)).isNull();
		assertThat(Pages.fetch(runnerMvc, "/journal").select("#waiting-for-morning form").eachAttr("action"))
			.containsExactly("/journal/" + yesterday + "/morning");

		tap(yesterday, "0").andExpect(status().is3xxRedirection());
		assertThat(morning(yesterday)).isZero();
		assertThat(Pages.fetch(runnerMvc, "/").select("#morning")).isEmpty();
		assertThat(Pages.fetch(runnerMvc, "/journal").select("#waiting-for-morning")).isEmpty();
	}

	@Test
	void aValueOffTheScaleIsRefusedAndNothingChanges() throws Exception {
		for (String bad : new String[] { "11", "-1", "abc", "", "5.5", "010", "1e1", "٣" }) {
			MvcResult refused = tap(yesterday, bad).andExpect(status().isBadRequest()).andReturn();
			assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as("answer to %s", bad)
				.contains("Pain the next morning is a whole number from 0 to 10");
		}
		runnerMvc.perform(post("/journal/" + yesterday + "/morning").with(csrf())).andExpect(status().isBadRequest());
		assertThat(morning(yesterday)).isNull();
		assertThat(version(yesterday)).isZero();
	}

	@Test
	void anotherRunnersSessionIsNotFoundAndATapWithoutCsrfIsRefused() throws Exception {
		CurrentRunner other = Runners.create(accounts, "morning-other");
		MockMvc otherMvc = Journals.as(context, other);
		otherMvc.perform(post("/journal/" + yesterday + "/morning").with(csrf()).param("pain", "4"))
			.andExpect(status().isNotFound());
		otherMvc.perform(post("/journal/" + yesterday + "/morning/").with(csrf()).param("pain", "4"))
			.andExpect(status().is4xxClientError());
		runnerMvc.perform(post("/journal/" + yesterday + "/morning").param("pain", "4"))
			.andExpect(status().isForbidden());
		tap(999_999_999L, "4").andExpect(status().isNotFound());
		assertThat(morning(yesterday)).isNull();
	}

	@Test
	void sessionsOutsideTheDaysAskedAboutAreLeftToTheEditForm() throws Exception {
		// A page left open for days, or a tap on today's session: nothing stored, and the session page says why.
		for (long session : new long[] { fourDaysAgo, todays }) {
			MvcResult old = tap(session, "4").andExpect(redirectedUrl("/journal/" + session)).andReturn();
			assertThat(old.getFlashMap().get("message")).isEqualTo("journal.morning.notNow");
			Document page = Journals.page(runnerMvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/journal/" + session)
					.flashAttrs(old.getFlashMap()))
				.andReturn());
			assertThat(page.select("[role=status]").text()).contains("for sessions from 1 to 3 days ago");
		}
		assertThat(morning(fourDaysAgo)).isNull();
		assertThat(morning(todays)).isNull();
	}

	private org.springframework.test.web.servlet.ResultActions tap(long session, String pain) throws Exception {
		return runnerMvc.perform(post("/journal/" + session + "/morning").with(csrf()).param("pain", pain));
	}

	private Integer morning(long session) {
		return jdbc.queryForObject("select pain_next_morning from training_session where id = ?", Integer.class, session);
	}

	private int version(long session) {
		return jdbc.queryForObject("select version from training_session where id = ?", Integer.class, session);
	}

}
