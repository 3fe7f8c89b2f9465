package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** Logging a session: the form filled from the plan, saving, the session page, and refused values. */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class JournalLogTest {

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

	CurrentRunner runner;

	MockMvc runnerMvc;

	LocalDate monday;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "log");
		runnerMvc = Journals.as(context, runner);
		monday = Journals.pastMonday(clock);
	}

	@Test
	void journalPagesNeedALogin() throws Exception {
		for (String url : new String[] { "/journal", "/journal/new", "/journal/calendar", "/journal/1" }) {
			mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void theFormIsFilledWithTodaysDateAndTheRoutineThePlanHasForTheDay() throws Exception {
		Document today = Pages.fetch(runnerMvc, "/journal/new");
		assertThat(today.selectFirst("input#date").val()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(today.select("label[for=date]").text()).isEqualTo("Date");

		Document strengthDay = Pages.fetch(runnerMvc, "/journal/new?date=" + monday);
		assertThat(strengthDay.select("#routine option[selected]").text()).isEqualTo("Hip strength A");
		// One row per planned set (five exercises, up to three sets each), then three blank rows.
		assertThat(strengthDay.select("tr.journal-row--planned")).hasSize(15);
		assertThat(strengthDay.select("tr.journal-row--extra")).hasSize(3);
		Element first = strengthDay.selectFirst("tr.journal-row--planned");
		assertThat(first.selectFirst("th[scope=row]").text()).isEqualTo("Standing hip flexion");
		assertThat(first.getElementById("sets[0].amount").attr("placeholder")).isEqualTo("10–15");
		assertThat(first.getElementById("sets[0].amount").val()).isEmpty();
		assertThat(strengthDay.select("label[for=sets[0].amount]").text())
			.isEqualTo("Repetitions, row 1: Standing hip flexion");

		// Thursday plans a warm-up before the run and Hip strength B after it: strength comes first.
		Document thursday = Pages.fetch(runnerMvc, "/journal/new?date=" + monday.plusDays(3));
		assertThat(thursday.select("#routine option[selected]").text()).isEqualTo("Hip strength B");
		// Wednesday is a rest day.
		Document wednesday = Pages.fetch(runnerMvc, "/journal/new?date=" + monday.plusDays(2));
		assertThat(wednesday.select("#routine option[selected]")).isEmpty();
		assertThat(wednesday.select("#routine option").first().text()).isEqualTo("No routine");
		assertThat(wednesday.select("tr.journal-row--planned")).isEmpty();
		assertThat(wednesday.select("tr.journal-row--extra")).hasSize(3);
	}

	@Test
	void theFormHasALabelForEveryFieldAndALegendForEachScale() throws Exception {
		Document form = Pages.fetch(runnerMvc, "/journal/new?date=" + monday);
		for (Element field : form.select("main form input:not([type=hidden]), main form select, main form textarea")) {
			assertThat(form.select("label[for=" + field.id() + "]")).as("label of %s", field.id()).hasSize(1);
		}
		assertThat(form.select("fieldset legend").eachText()).containsExactly("Effort", "Pain during the session",
				"Pain the next morning");
		assertThat(form.select("fieldset:has(input[name=effort]) label").eachText()).contains("0 rest",
				"5 moderate", "10 all-out");
		assertThat(form.select(".table-scroll[role=region][tabindex=0][aria-labelledby]")).hasSize(1);
		assertThat(form.select("table th[scope=col]")).hasSize(5);
		assertThat(form.select("table tbody th[scope=row]")).hasSize(18);
		assertThat(form.select("button[name=use][value=routine]").text()).isEqualTo("Use this routine");
	}

	@Test
	void aSavedSessionIsShownOnItsPage() throws Exception {
		long routine = Journals.routineId(jdbc, "hip-strength-a");
		MvcResult saved = runnerMvc.perform(post("/journal").with(csrf())
			.param("date", monday.toString())
			.param("routine", Long.toString(routine))
			.param("sets[0].exercise", id("standing-hip-flexion")).param("sets[0].planned", "true")
			.param("sets[0].amount", "12").param("sets[0].load", "2,5").param("sets[0].side", "LEFT")
			.param("sets[1].exercise", id("glute-bridge")).param("sets[1].planned", "true")
			.param("sets[1].amount", " 15 ").param("sets[1].band", "light band")
			.param("sets[2].exercise", id("glute-bridge")).param("sets[2].planned", "true")
			.param("sets[2].amount", "")
			.param("sets[3].exercise", id("kneeling-hip-flexor-stretch")).param("sets[3].amount", "30")
			.param("sets[4].exercise", "").param("sets[4].amount", "")
			.param("effort", "6").param("painDuring", "2")
			.param("notes", "Felt strong.\r\n<script>alert('x')</script>\r\nLeft side tighter."))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		String url = saved.getResponse().getRedirectedUrl();
		assertThat(url).matches("/journal/\\d+");
		assertThat(saved.getFlashMap().get("message")).isEqualTo("journal.saved");
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(1);
		assertThat(Journals.sets(jdbc, runner)).isEqualTo(3);
		assertThat(jdbc.queryForList("""
				select x.reps, x.hold_seconds from session_set x join training_session s on s.id = x.session_id
				where s.account_id = ? order by x.position""", runner.id()))
			.extracting(row -> row.get("REPS") != null ? "reps " + row.get("REPS") : "seconds " + row.get("HOLD_SECONDS"))
			.containsExactly("reps 12", "reps 15", "seconds 30");

		MvcResult shown = runnerMvc.perform(get(url).flashAttrs(saved.getFlashMap())).andReturn();
		Document page = Journals.page(shown);
		assertThat(page.select("[role=status]").text()).startsWith("Your session of").endsWith("is saved.");
		assertThat(page.selectFirst("h1").text()).startsWith("Session of ").contains(Integer.toString(monday.getYear()));
		assertThat(page.select(".journal-facts").text()).contains("Hip strength A", "6 of 10: moderate", "2 of 10",
				"Not added yet");
		assertThat(page.select("tbody tr").eachText()).containsExactly(
				"Standing hip flexion 12 reps 2.5 kg Left", "Glute bridge 15 reps light band Both sides",
				"Kneeling hip flexor stretch 30 s Bodyweight Both sides");
		Element notes = page.selectFirst(".journal-notes");
		assertThat(notes.select("script")).isEmpty();
		assertThat(notes.wholeText()).isEqualTo("Felt strong.\n<script>alert('x')</script>\nLeft side tighter.");
		assertThat(page.select("a#add-morning-pain").attr("href")).isEqualTo(url + "/edit#painNextMorning");
		assertThat(page.select(".pain-advice")).isEmpty();
		Pages.fetch(runnerMvc, url);
	}

	@Test
	void theRunnersOwnRoutineIsLoggedAndOfferedAgainWhenAFormNamingALibraryRoutineIsRefused() throws Exception {
		// The runner's own copy of Hip strength A (a dose changed): in their week, not in the library.
		runnerMvc.perform(post("/my/week").with(csrf()).param("from", "recommended"))
			.andExpect(status().is3xxRedirection());
		long template = Journals.routineId(jdbc, "hip-strength-a");
		long entry = jdbc.queryForObject("select min(id) from routine_entry where routine_id = ?", Long.class, template);
		runnerMvc.perform(post("/my/routines/" + template + "/entries/" + entry + "/dose").with(csrf())
			.param("setsMin", "2").param("setsMax", "3").param("unit", "REPS").param("amountMin", "10")
			.param("amountMax", "12"))
			.andExpect(status().is3xxRedirection());
		long own = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, runner.id());

		// A library routine named and no effort: refused, and the form shown again offers the own routine too.
		MvcResult refused = runnerMvc.perform(post("/journal").with(csrf())
			.param("date", monday.toString()).param("routine", Long.toString(template)).param("painDuring", "1")
			.param("sets[0].exercise", id("glute-bridge")).param("sets[0].amount", "12"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(Journals.sessions(jdbc, runner)).isZero();
		assertThat(Journals.page(refused).select("#routine option").eachAttr("value")).contains(Long.toString(own),
				Long.toString(template));

		// The own routine named: saved under it.
		runnerMvc.perform(post("/journal").with(csrf())
			.param("date", monday.toString()).param("routine", Long.toString(own)).param("effort", "5")
			.param("painDuring", "1").param("sets[0].exercise", id("glute-bridge")).param("sets[0].amount", "12"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select routine_id from training_session where account_id = ?", Long.class,
				runner.id())).isEqualTo(own);
	}

	@Test
	void badValuesAreRefusedBesideTheirFieldsAndNothingIsSaved() throws Exception {
		MvcResult refused = runnerMvc.perform(post("/journal").with(csrf())
			.param("date", LocalDate.now(clock).plusDays(1).toString())
			.param("routine", "999999")
			.param("sets[0].exercise", id("glute-bridge")).param("sets[0].planned", "true")
			.param("sets[0].amount", "abc")
			.param("sets[1].exercise", id("glute-bridge")).param("sets[1].planned", "true")
			.param("sets[1].amount", "99999999999")
			.param("sets[2].exercise", id("glute-bridge")).param("sets[2].planned", "true")
			.param("sets[2].amount", "-3")
			.param("sets[3].exercise", id("standing-hip-flexion")).param("sets[3].amount", "10")
			.param("sets[3].load", "5").param("sets[3].band", "red band")
			.param("sets[4].exercise", "424242").param("sets[4].amount", "10")
			.param("sets[5].exercise", id("standing-hip-flexion")).param("sets[5].amount", "10")
			.param("sets[5].load", "-1")
			.param("sets[6].exercise", id("kneeling-hip-flexor-stretch")).param("sets[6].amount", "4000")
			.param("sets[7].exercise", "").param("sets[7].amount", "8")
			.param("effort", "eleven").param("painDuring", "-1").param("painNextMorning", "99")
			.param("notes", "x".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andReturn();

		assertThat(Journals.sessions(jdbc, runner)).isZero();
		Document page = Journals.page(refused);
		Map<String, String> expected = Map.ofEntries(Map.entry("date", "is in the future"),
				Map.entry("routine", "“999999” is not a routine you can log"),
				Map.entry("sets[0].amount", "Row 1 (Glute bridge): repetitions are a whole number from 1 to 1,000; “abc” is not."),
				Map.entry("sets[1].amount", "“99999999999” is not"), Map.entry("sets[2].amount", "“-3” is not"),
				Map.entry("sets[3].band", "Row 4 (Standing hip flexion): give a load in kilograms or a band, not both."),
				Map.entry("sets[4].exercise", "Row 5: “424242” is not an exercise in the library."),
				Map.entry("sets[5].load", "from 0 to 500"),
				Map.entry("sets[6].amount", "Row 7 (Kneeling hip flexor stretch): seconds are a whole number from 1 to 3,600"),
				Map.entry("sets[7].exercise", "Row 8: choose the exercise you did."),
				Map.entry("effort", "“eleven” is not on the effort scale"),
				Map.entry("painDuring", "“-1” is not on the pain scale"),
				Map.entry("painNextMorning", "“99” is not on the pain scale"),
				Map.entry("notes", "at most 2,000 characters; yours have 2,001"));
		expected.forEach((field, message) -> {
			assertThat(page.getElementById(field + "-error")).as("error beside %s", field).isNotNull();
			assertThat(page.getElementById(field + "-error").text()).as("error beside %s", field).contains(message);
			assertThat(page.select(".error-summary a[href=#" + field + "]").text()).as("summary link to %s", field)
				.contains(message);
			// A scale's radios are described through their fieldset.
			Element input = page.getElementById(field);
			Element described = input.attr("type").equals("radio") ? input.closest("fieldset") : input;
			assertThat(described.attr("aria-describedby")).as("%s described by its error", field)
				.contains(field + "-error");
		});
		// What was typed comes back, escaped.
		assertThat(page.getElementById("sets[0].amount").val()).isEqualTo("abc");
		assertThat(page.getElementById("sets[3].band").val()).isEqualTo("red band");
		assertThat(page.getElementById("notes").text()).hasSize(2001);
		assertThat(page.getElementById("sets[7].exercise").tagName()).isEqualTo("select");
	}

	@Test
	void datesBeforeTheJournalOrNotDatesAtAllAreRefused() throws Exception {
		assertDateRefused("1999-12-31", "is before 1 January 2000");
		assertDateRefused("31/12/2024", "“31/12/2024” is not a date");
		assertDateRefused("2025-02-30", "“2025-02-30” is not a date");
		assertDateRefused("", "Enter the date of the session.");
		assertDateRefused("<b>bold</b>", "“<b>bold</b>” is not a date");
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	@Test
	void useThisRoutineFillsTheFormWithItsSetsAndKeepsWhatWasTyped() throws Exception {
		long routine = Journals.routineId(jdbc, "hip-strength-b");
		MvcResult use = runnerMvc.perform(post("/journal").with(csrf())
			.param("use", "routine").param("date", monday.toString()).param("routine", Long.toString(routine))
			.param("effort", "4").param("notes", "Kept across the change"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(use.getResponse().getRedirectedUrl()).isEqualTo("/journal/new?date=" + monday + "&routine=" + routine);
		assertThat(Journals.sessions(jdbc, runner)).isZero();

		Document form = Journals.page(runnerMvc
			.perform(get(use.getResponse().getRedirectedUrl()).flashAttrs(use.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form.select("#routine option[selected]").text()).isEqualTo("Hip strength B");
		assertThat(form.select("tr.journal-row--planned th[scope=row]").first().text()).isEqualTo("Forward lunge");
		assertThat(form.select("input[name=effort][checked]").val()).isEqualTo("4");
		assertThat(form.getElementById("notes").text()).isEqualTo("Kept across the change");

		Document none = Pages.fetch(runnerMvc, "/journal/new?date=" + monday + "&routine=");
		assertThat(none.select("#routine option[selected]")).isEmpty();
		assertThat(none.select("tr.journal-row--planned")).isEmpty();
	}

	@Test
	void badDatesAndRoutinesInTheFormsAddressAreA400() throws Exception {
		assertThat(Pages.fetch(runnerMvc, "/journal/new?date=yesterday", 400).text()).contains("“yesterday” is not a date");
		assertThat(Pages.fetch(runnerMvc, "/journal/new?date=" + LocalDate.now(clock).plusDays(2), 400).text())
			.contains("is outside the journal");
		assertThat(Pages.fetch(runnerMvc, "/journal/new?routine=abc", 400).text())
			.contains("“abc” is not a routine you can log");
	}

	@Test
	void aFormWithMoreRowsThanAnyPageRendersIsA400() throws Exception {
		MvcResult refused = runnerMvc.perform(valid().param("date", monday.toString()).param("sets[5000].amount", "1"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(Journals.page(refused).select("main .lead").text()).contains("more rows than a session can have");
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	@Test
	void aLogFormSavesOneSessionHoweverOftenItIsSentAndItsTokenSavesNothingElse() throws Exception {
		String first = Pages.fetch(runnerMvc, "/journal/new").selectFirst("form.journal-form input[type=hidden][name=token]")
			.val();
		String second = Pages.fetch(runnerMvc, "/journal/new").selectFirst("input[name=token]").val();
		assertThat(first).as("a token per form shown").isNotBlank().isNotEqualTo(second);

		MvcResult saved = runnerMvc.perform(tokenForm(first, "Sent twice")).andReturn();
		MvcResult again = runnerMvc.perform(tokenForm(first, "Sent twice")).andReturn();

		String url = saved.getResponse().getRedirectedUrl();
		assertThat(url).matches("/journal/\\d+");
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(again.getFlashMap().get("message")).isEqualTo(saved.getFlashMap().get("message"));
		assertThat((Object[]) again.getFlashMap().get("messageArguments"))
			.containsExactly((Object[]) saved.getFlashMap().get("messageArguments"));
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(1);

		MvcResult changed = runnerMvc.perform(tokenForm(first, "Changed after saving")).andReturn();

		assertThat(changed.getResponse().getStatus()).isEqualTo(409);
		Document page = Journals.page(changed);
		assertThat(page.select("#saved-before[role=alert]").text()).contains("This form was saved already",
				"Nothing was saved this time");
		assertThat(page.select("#saved-before a").attr("href")).isEqualTo(url);
		assertThat(page.select("#notes").text()).isEqualTo("Changed after saving");
		assertThat(page.select("input[name=token]").val()).as("saving again logs another session").isNotBlank()
			.isNotEqualTo(first);
		assertThat(jdbc.queryForObject("select notes from training_session where account_id = ?", String.class,
				runner.id())).isEqualTo("Sent twice");

		runnerMvc.perform(tokenForm(second, "Sent twice")).andExpect(status().is3xxRedirection());
		assertThat(Journals.sessions(jdbc, runner)).as("another form, another session").isEqualTo(2);
		runnerMvc.perform(tokenForm("", "Sent twice")).andExpect(status().is3xxRedirection());
		runnerMvc.perform(tokenForm("", "Sent twice")).andExpect(status().is3xxRedirection());
		assertThat(Journals.sessions(jdbc, runner)).as("a client without tokens").isEqualTo(4);

		MvcResult forged = runnerMvc.perform(tokenForm(first.toUpperCase(java.util.Locale.ROOT) + "x", "Forged"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(Journals.page(forged).select("main .lead").text()).contains("hidden token");
		assertThat(Journals.sessions(jdbc, runner)).isEqualTo(4);
	}

	private MockHttpServletRequestBuilder tokenForm(String token, String notes) {
		return valid().param("token", token)
			.param("date", monday.toString())
			.param("sets[0].exercise", id("glute-bridge"))
			.param("sets[0].amount", "12")
			.param("sets[0].load", "2.5")
			.param("notes", notes);
	}

	private void assertDateRefused(String date, String message) throws Exception {
		MvcResult refused = runnerMvc.perform(valid().param("date", date)).andExpect(status().isBadRequest()).andReturn();
		Document page = Journals.page(refused);
		assertThat(page.getElementById("date-error").text()).contains(message);
		assertThat(page.getElementById("date").val()).isEqualTo(date);
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/journal").with(csrf()).param("effort", "5").param("painDuring", "1");
	}

	private String id(String exerciseSlug) {
		return Long.toString(Journals.exerciseId(jdbc, exerciseSlug));
	}

}
