package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding, changing, ending and deleting pauses through their forms, and every way the forms refuse. */
@DateSensitive
class PauseFormsTest extends RunnerPausing {

	@Test
	void visitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/journal/pauses")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRunnerAddsAPeriodAndADayAndSeesThemListedLatestFirst() throws Exception {
		save(form(today.minusDays(3), today.plusDays(3), "INJURY", "  Calf strain  ")).andExpect(redirectedUrl("/journal/pauses"));
		save(form(today.plusDays(10), null, "travel", null)).andExpect(redirectedUrl("/journal/pauses"));

		assertThat(stored()).containsExactly(
				List.of(today.minusDays(3).toString(), today.plusDays(3).toString(), "INJURY", "Calf strain"),
				List.of(today.plusDays(10).toString(), today.plusDays(10).toString(), "TRAVEL", "-"));
		Document page = Pages.fetch(mvc, "/journal/pauses", runner);
		assertThat(page.select(".pause__what strong").eachText()).containsExactly("Travel", "Injury");
		assertThat(page.select(".pause").get(1).text()).contains("(7 days)", "now", "Calf strain");
		assertThat(page.select(".pause").get(1).select("button").eachText()).as("an accessible name says which pause")
			.anySatisfy(name -> assertThat(name).startsWith("I am back today (Injury, "));
		assertThat(page.select(".pause").get(0).select("form[action$=/end]")).as("not started: nothing to end").isEmpty();
	}

	@Test
	void aPauseIsChangedEndedEarlyAndDeleted() throws Exception {
		save(form(today.minusDays(5), today.plusDays(5), "ILLNESS", null));
		long id = onlyId();
		Document edit = Pages.fetch(mvc, "/journal/pauses/" + id + "/edit", runner);
		assertThat(edit.select("#from").val()).isEqualTo(today.minusDays(5).toString());
		assertThat(edit.select("input[name=reason][checked]").val()).isEqualTo("ILLNESS");

		mvc.perform(post("/journal/pauses/" + id).with(Runners.as(runner)).with(csrf())
			.params(params(form(today.minusDays(6), today.plusDays(8), "OTHER", "flu")))).andExpect(redirectedUrl("/journal/pauses"));
		assertThat(stored()).containsExactly(
				List.of(today.minusDays(6).toString(), today.plusDays(8).toString(), "OTHER", "flu"));

		mvc.perform(post("/journal/pauses/" + id + "/end").with(Runners.as(runner)).with(csrf()))
			.andExpect(redirectedUrl("/journal/pauses"));
		assertThat(stored()).containsExactly(
				List.of(today.minusDays(6).toString(), today.minusDays(1).toString(), "OTHER", "flu"));
		mvc.perform(post("/journal/pauses/" + id + "/end").with(Runners.as(runner)).with(csrf()))
			.andExpect(status().isBadRequest());

		mvc.perform(post("/journal/pauses/" + id + "/delete").with(Runners.as(runner)).with(csrf()))
			.andExpect(redirectedUrl("/journal/pauses"));
		assertThat(stored()).isEmpty();
	}

	@Test
	void overlappingPausesAreRefusedButTouchingOnesAreFine() throws Exception {
		save(form(today, today.plusDays(6), "INJURY", null));

		Document refused = refused(form(today.plusDays(6), today.plusDays(9), "TRAVEL", null), "from");
		assertThat(refused.select("#from-error").text()).contains("overlap your pause from " + today + " to "
				+ today.plusDays(6));
		assertThat(refused.select("#to").val()).as("what was typed").isEqualTo(today.plusDays(9).toString());
		refused(form(today.minusDays(2), today.plusDays(20), "TRAVEL", null), "from");

		save(form(today.plusDays(7), today.plusDays(9), "TRAVEL", null)).andExpect(redirectedUrl("/journal/pauses"));
		save(form(today.minusDays(1), null, "OTHER", null)).andExpect(redirectedUrl("/journal/pauses"));
		assertThat(stored()).hasSize(3);

		// Changing a pause may keep its own days, not take another's.
		long first = jdbc.queryForObject("select id from training_pause where account_id = ? and starts_on = ?",
				Long.class, runner.id(), today);
		mvc.perform(post("/journal/pauses/" + first).with(Runners.as(runner)).with(csrf())
			.params(params(form(today, today.plusDays(5), "INJURY", null)))).andExpect(redirectedUrl("/journal/pauses"));
		MvcResult overlap = mvc.perform(post("/journal/pauses/" + first).with(Runners.as(runner)).with(csrf())
			.params(params(form(today, today.plusDays(7), "INJURY", null)))).andExpect(status().isBadRequest()).andReturn();
		assertThat(Journals.page(overlap).select("#from-error").text()).contains("overlap");
		assertThat(stored()).contains(List.of(today.toString(), today.plusDays(5).toString(), "INJURY", "-"));
	}

	@Test
	void badDatesAndValuesAreRefusedWithAMessageAndNothingStored() throws Exception {
		assertThat(refused(form(null, null, "INJURY", null), "from").select("#from-error").text())
			.contains("Enter the first paused day");
		assertThat(refused(Map.of("from", "2026-02-30", "reason", "INJURY"), "from").select("#from-error").text())
			.contains("“2026-02-30” is not a date");
		assertThat(refused(Map.of("from", today.toString(), "to", "tomorrow", "reason", "INJURY"), "to")
			.select("#to-error").text()).contains("is not a date");
		assertThat(refused(form(today, today.minusDays(1), "INJURY", null), "to").select("#to-error").text())
			.contains("is before the first");
		assertThat(refused(form(today, today.plusDays(365), "INJURY", null), "to").select("#to-error").text())
			.contains("at most 365 days", today.plusDays(364).toString());
		refused(form(today.minusDays(366), today.minusDays(360), "INJURY", null), "from");
		refused(form(today.plusDays(366), null, "INJURY", null), "from");
		refused(form(today, null, "BORED", null), "reason");
		refused(form(today, null, null, null), "reason");
		assertThat(refused(form(today, null, "OTHER", "x".repeat(501)), "note").select("#note-error").text())
			.contains("at most 500 characters; it has 501");
		assertThat(stored()).isEmpty();

		save(form(today.minusDays(365), today.minusDays(1), "INJURY", "y".repeat(500)))
			.andExpect(redirectedUrl("/journal/pauses"));
		assertThat(stored()).hasSize(1);
	}

	@Test
	void anotherRunnersPauseIsNotFoundAndStaysAsItWas() throws Exception {
		CurrentRunner other = Runners.create(accounts, "pause-other");
		mvc.perform(post("/journal/pauses").with(Runners.as(other)).with(csrf())
			.params(params(form(today.minusDays(2), today.plusDays(2), "INJURY", "theirs"))));
		long theirs = jdbc.queryForObject("select id from training_pause where account_id = ?", Long.class, other.id());

		for (String url : List.of("/journal/pauses/" + theirs + "/edit")) {
			mvc.perform(get(url).with(Runners.as(runner))).andExpect(status().isNotFound());
		}
		for (String url : List.of("/journal/pauses/" + theirs, "/journal/pauses/" + theirs + "/end",
				"/journal/pauses/" + theirs + "/delete", "/journal/pauses/" + theirs + "/")) {
			mvc.perform(post(url).with(Runners.as(runner)).with(csrf())
				.params(params(form(today, null, "OTHER", "mine")))).andExpect(status().isNotFound());
		}
		assertThat(jdbc.queryForList("select note from training_pause where id = ? and ends_on = ?", String.class, theirs,
				today.plusDays(2))).containsExactly("theirs");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/journal/pauses").with(Runners.as(runner)).params(params(form(today, null, "INJURY", null))))
			.andExpect(status().isForbidden());
		save(form(today, null, "INJURY", null));
		long id = onlyId();
		mvc.perform(post("/journal/pauses/" + id + "/delete").with(Runners.as(runner))).andExpect(status().isForbidden());
		mvc.perform(post("/journal/pauses/" + id + "/delete").with(Runners.as(runner)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(stored()).hasSize(1);
	}

	@Test
	void theJournalAndTheHomePageLinkToThePauses() throws Exception {
		assertThat(Pages.fetch(mvc, "/journal", runner).select("main a[href=/journal/pauses]")).isNotEmpty();
		assertThat(Pages.fetch(mvc, "/journal/calendar", runner).select("main a[href=/journal/pauses]")).isNotEmpty();
		assertThat(Pages.fetch(mvc, "/", runner).select("main a[href=/journal/pauses]")).isNotEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions save(Map<String, String> form) throws Exception {
		return mvc.perform(post("/journal/pauses").with(Runners.as(runner)).with(csrf()).params(params(form)));
	}

	/** Posts a new pause that must be refused with a 400 and a message on {@code field}; returns the page. */
	private Document refused(Map<String, String> form, String field) throws Exception {
		MockHttpServletRequestBuilder request = post("/journal/pauses").with(Runners.as(runner)).with(csrf())
			.params(params(form));
		MvcResult result = mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
		Document page = Journals.page(result);
		assertThat(page.select(".error-summary a[href=#" + field + "]")).as("summary links to %s", field).isNotEmpty();
		assertThat(page.select("#" + field + "-error").text()).isNotBlank();
		return page;
	}

	private static Map<String, String> form(LocalDate from, LocalDate to, String reason, String note) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("from", from == null ? "" : from.toString());
		form.put("to", to == null ? "" : to.toString());
		if (reason != null) {
			form.put("reason", reason);
		}
		form.put("note", note == null ? "" : note);
		return form;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	private List<List<String>> stored() {
		return jdbc.query("select * from training_pause where account_id = ? order by starts_on",
				(rs, row) -> List.of(rs.getDate("starts_on").toLocalDate().toString(),
						rs.getDate("ends_on").toLocalDate().toString(), rs.getString("reason"),
						rs.getString("note") == null ? "-" : rs.getString("note")),
				runner.id());
	}

	private long onlyId() {
		return jdbc.queryForObject("select id from training_pause where account_id = ?", Long.class, runner.id());
	}

}
