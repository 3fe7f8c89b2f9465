package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.WeekEditor;
import dev.hipflex.routine.WeekPlanItem;
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

/** "Done as planned" and "Same as last time": the form filled with values, and what the session records. */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class QuickLogTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Autowired
	WeekEditor weekEditor;

	CurrentRunner runner;

	MockMvc runnerMvc;

	LocalDate monday;

	long strengthA;

	long strengthB;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "quick");
		runnerMvc = Journals.as(context, runner);
		monday = Journals.pastMonday(clock);
		strengthA = Journals.routineId(jdbc, "hip-strength-a");
		strengthB = Journals.routineId(jdbc, "hip-strength-b");
	}

	@Test
	void doneAsPlannedFillsEveryPlannedSetWithItsDoseAndTheSessionSaysSo() throws Exception {
		Document form = Pages.fetch(runnerMvc, "/journal/new?date=" + monday + "&routine=" + strengthA + "&fill=planned");
		List<Element> planned = form.select("tr.journal-row--planned");
		assertThat(planned).hasSize(15);
		for (Element row : planned) {
			Element amount = row.selectFirst("input[name$=.amount]");
			// The value is the bottom of the planned range (or the exact number), not a placeholder to copy.
			assertThat(amount.val()).as("row %s", amount.id())
				.isEqualTo(amount.attr("placeholder").split("–")[0])
				.isNotEmpty();
		}
		assertThat(form.select("tr.journal-row--extra input[name$=.amount]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(form.select("#filled").text()).contains("at its planned dose");
		assertThat(form.select("input[name=fill]").val()).isEqualTo("planned");

		String url = save(form, Map.of("effort", "5", "painDuring", "1"));

		long id = idOf(url);
		assertThat(loggedAs(id)).isEqualTo("PLANNED");
		List<String> saved = setsOf(id);
		assertThat(saved).hasSize(15);
		List<String> expected = planned.stream()
			.map(row -> row.selectFirst("input[name$=.exercise]").val() + " "
					+ row.selectFirst("input[name$=.amount]").val() + " - - BOTH")
			.toList();
		assertThat(saved).containsExactlyElementsOf(expected);
		Document page = Pages.fetch(runnerMvc, url);
		assertThat(page.select(".journal-logged-as").text()).isEqualTo("Done as planned: every set saved at its planned dose.");
	}

	@Test
	void aRowChangedBeforeSavingIsNoLongerAsPlanned() throws Exception {
		String asPlanned = "/journal/new?date=" + monday + "&routine=" + strengthA + "&fill=planned";
		long changed = idOf(save(Pages.fetch(runnerMvc, asPlanned),
				Map.of("effort", "5", "painDuring", "1", "sets[0].amount", "20")));
		assertThat(loggedAs(changed)).isEqualTo("TYPED");
		assertThat(setsOf(changed).get(0)).contains(" 20 ");

		long emptied = idOf(save(Pages.fetch(runnerMvc, asPlanned),
				Map.of("effort", "5", "painDuring", "1", "sets[14].amount", "")));
		assertThat(loggedAs(emptied)).isEqualTo("TYPED");
		assertThat(setsOf(emptied)).hasSize(14);

		// Editing the sets of a session logged as planned later makes it typed; editing only the notes does not.
		long kept = idOf(save(Pages.fetch(runnerMvc, asPlanned), Map.of("effort", "5", "painDuring", "1")));
		Document edit = Pages.fetch(runnerMvc, "/journal/" + kept + "/edit");
		submit(edit, "/journal/" + kept, Map.of("notes", "Easy"));
		assertThat(loggedAs(kept)).isEqualTo("PLANNED");
		edit = Pages.fetch(runnerMvc, "/journal/" + kept + "/edit");
		submit(edit, "/journal/" + kept, Map.of("sets[1].load", "5"));
		assertThat(loggedAs(kept)).isEqualTo("TYPED");

		// The plain form, typed by hand with the same values, is typed.
		Document plain = Pages.fetch(runnerMvc, "/journal/new?date=" + monday + "&routine=" + strengthA);
		assertThat(plain.select("input[name=fill]")).isEmpty();
		assertThat(plain.selectFirst("input[name=sets[0].amount]").val()).isEmpty();
	}

	@Test
	void sameAsLastTimeCopiesTheRunnersLatestSessionOfThatRoutine() throws Exception {
		// Older session of A, then the latest of A (with a load, a band and a side), then a later one of B.
		typed(monday.minusDays(7), strengthA, Map.of("sets[0].amount", "10"));
		long latestA = typed(monday.minusDays(3), strengthA, Map.of("sets[0].amount", "14", "sets[0].load", "2.5",
				"sets[0].side", "LEFT", "sets[1].amount", "12", "sets[1].band", "red band"));
		typed(monday.minusDays(1), strengthB, Map.of("sets[0].amount", "9"));
		// Another runner's later session of A is not this runner's last time.
		CurrentRunner other = Runners.create(accounts, "quick-other");
		long theirs = Journals.insertSession(jdbc, other, monday, "Hip strength A", 5, 1, null);
		jdbc.update("update training_session set routine_id = ? where id = ?", strengthA, theirs);

		String copyA = "/journal/new?date=" + monday + "&routine=" + strengthA + "&fill=last";
		Document form = Pages.fetch(runnerMvc, copyA);
		assertThat(form.select("#filled a").attr("href")).isEqualTo("/journal/" + latestA);
		assertThat(form.select("#filled").text()).contains("from your session of");
		assertThat(form.select("tr.journal-row--planned")).hasSize(2);
		assertThat(form.selectFirst("input[name=sets[0].amount]").val()).isEqualTo("14");
		assertThat(form.selectFirst("input[name=sets[0].load]").val()).isEqualTo("2.5");
		assertThat(form.select("select[name=sets[0].side] option[selected]").val()).isEqualTo("LEFT");
		assertThat(form.selectFirst("input[name=sets[1].band]").val()).isEqualTo("red band");
		assertThat(form.select("input[name=copiedFrom]").val()).isEqualTo(Long.toString(latestA));

		long copy = idOf(save(form, Map.of("effort", "6", "painDuring", "2")));
		assertThat(loggedAs(copy)).isEqualTo("LAST_TIME");
		assertThat(setsOf(copy)).isEqualTo(setsOf(latestA));
		assertThat(Pages.fetch(runnerMvc, "/journal/" + copy).select(".journal-logged-as").text())
			.startsWith("Same as last time");

		// A form that names another runner's session, or one of another routine, as the copy is typed.
		long claimedTheirs = idOf(save(Pages.fetch(runnerMvc, copyA), Map.of("effort", "6", "painDuring", "2", "copiedFrom", Long.toString(theirs))));
		assertThat(loggedAs(claimedTheirs)).isEqualTo("TYPED");
	}

	@Test
	void sameAsLastTimeWithoutAnEarlierSessionShowsThePlanAndSaysSo() throws Exception {
		Document form = Pages.fetch(runnerMvc, "/journal/new?date=" + monday + "&routine=" + strengthB + "&fill=last");
		assertThat(form.select("#filled").text()).contains("no earlier session of this routine");
		assertThat(form.select("tr.journal-row--planned")).isNotEmpty();
		assertThat(form.select("input[name=fill]")).isEmpty();
	}

	@Test
	void theFormsButtonsFillItKeepingWhatWasTyped() throws Exception {
		MvcResult answer = runnerMvc.perform(post("/journal").with(csrf())
			.param("date", monday.toString())
			.param("routine", Long.toString(strengthA))
			.param("effort", "4")
			.param("use", "planned"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(answer.getResponse().getRedirectedUrl()).contains("fill=planned").contains("routine=" + strengthA);
		Document filled = Journals.page(runnerMvc
			.perform(get(answer.getResponse().getRedirectedUrl()).flashAttrs(answer.getFlashMap()))
			.andReturn());
		assertThat(filled.select("input[name=effort][checked]").val()).isEqualTo("4");
		assertThat(filled.selectFirst("input[name=sets[0].amount]").val()).isNotEmpty();
		assertThat(filled.select("button[name=use]").eachText()).contains("Done as planned", "Same as last time");
	}

	@Test
	void theTodayCardOffersDoneAsPlannedAndSameAsLastTimeOnceTheRoutineWasLogged() throws Exception {
		// The runner's week plans Hip strength A today, whatever day the test runs.
		LocalDate today = LocalDate.now(clock);
		weekEditor.start(runner.id(), null, "Quick week");
		weekEditor.addRoutine(runner.id(), today.getDayOfWeek(), strengthA, WeekPlanItem.Slot.SESSION);
		Document home = Pages.fetch(runnerMvc, "/");
		assertThat(home.select("main a[href*=fill=planned]").eachText()).containsExactly("Done as planned: Hip strength A");
		assertThat(home.select("main a[href*=fill=planned]").attr("href"))
			.isEqualTo("/journal/new?routine=" + strengthA + "&fill=planned#effort");
		assertThat(home.select("main a[href*=fill=last]")).isEmpty();

		long earlier = typed(today.minusDays(2), strengthA, Map.of("sets[0].amount", "11"));
		home = Pages.fetch(runnerMvc, "/");
		assertThat(home.select("main a[href*=fill=last]").eachText()).containsExactly("Same as last time: Hip strength A");
		Document form = Pages.fetch(runnerMvc, home.select("main a[href*=fill=last]").attr("href").replace("#effort", ""));
		assertThat(form.select("#filled a").attr("href")).isEqualTo("/journal/" + earlier);
	}

	@Test
	void anUnknownFillOrAFillWithoutARoutineIsRefused() throws Exception {
		for (String url : new String[] { "/journal/new?routine=" + strengthA + "&fill=all",
				"/journal/new?routine=&fill=planned", "/journal/new?routine=" + strengthA + "&fill=%00" }) {
			runnerMvc.perform(get(url)).andExpect(status().isBadRequest());
		}
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	/** Logs a session through the plain form with these rows' values; returns its id. */
	private long typed(LocalDate date, long routine, Map<String, String> values) throws Exception {
		Document form = Pages.fetch(runnerMvc, "/journal/new?date=" + date + "&routine=" + routine);
		Map<String, String> all = new java.util.HashMap<>(values);
		all.put("effort", "5");
		all.put("painDuring", "1");
		return idOf(save(form, all));
	}

	private String save(Document form, Map<String, String> changes) throws Exception {
		return submit(form, "/journal", changes);
	}

	/** Sends the form as a browser would, with these fields changed; returns where it redirected. */
	private String submit(Document form, String action, Map<String, String> changes) throws Exception {
		MockHttpServletRequestBuilder request = post(action).with(csrf());
		Element element = form.selectFirst("main form.journal-form");
		for (Element field : element.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			if (changes.containsKey(name) || name.equals("use") || name.equals("_csrf")) {
				continue;
			}
			if (field.is("input[type=radio]") && !field.hasAttr("checked")) {
				continue;
			}
			String value = field.is("select") ? field.select("option[selected]").val() : field.is("textarea")
					? field.wholeText() : field.val();
			request.param(name, value);
		}
		changes.forEach(request::param);
		MvcResult result = runnerMvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private static long idOf(String url) {
		assertThat(url).matches("/journal/\\d+");
		return Long.parseLong(url.substring("/journal/".length()));
	}

	private String loggedAs(long id) {
		return Journals.loggedAs(jdbc, id);
	}

	private List<String> setsOf(long id) {
		return Journals.setsOf(jdbc, id);
	}

}
