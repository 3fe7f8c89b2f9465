package dev.hipflex.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.journal.Journals;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class ChecklistTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void anyoneCanReadTheWholeChecklistWithLinksAndEvidence() throws Exception {
		Document page = Pages.fetch(mvc, "/checklist");

		assertThat(page.select(".checklist-section h3").eachText()).containsExactly("Before each run",
				"After each run", "Every week", "Warning signs: stop and see a clinician");
		for (Element item : page.select(".checklist-items li")) {
			assertThat(item.select("a[href^=/]")).as(item.id()).isNotEmpty();
			assertThat(item.select(".evidence strong").text()).as(item.id()).isNotBlank();
			assertThat(item.select(".claim__sources a")).as(item.id()).isNotEmpty();
		}
		assertThat(page.select("a[href=/exercises/leg-swings]")).isNotEmpty();
		assertThat(page.select("a[href=/guide/red-flags#femoral-neck-stress-fracture]")).isNotEmpty();
		assertThat(page.select("#after-run").text()).containsIgnoringCase("not been shown to prevent");
		assertThat(page.select("form.checklist-form")).isEmpty();
		assertThat(page.select("a[href=/login]")).isNotEmpty();
	}

	@Test
	void theChecklistClaimsOnlyWhatTheRunningStudiesShow() throws Exception {
		Document page = Pages.fetch(mvc, "/checklist");

		assertThat(page.selectFirst(".lead").text()).doesNotContain("reasonable evidence")
			.contains("runners", "team sports");
		assertThat(page.select("#every-week > p").text()).contains("neither has been shown to prevent injuries in runners");
		Element gradual = page.getElementById("item-gradual-load");
		assertThat(gradual.select(".claim__sources a").eachAttr("href")).contains("/sources#nielsen-2014",
				"/sources#buist-2008").doesNotContain("/sources#esculier-2018");
		assertThat(gradual.text()).contains("30%", "10% rule", "No safe rate");
	}

	@Test
	void theStretchesAreForComfortAndSayTheReviewFoundNoPreventiveEffect() throws Exception {
		Document page = Pages.fetch(mvc, "/checklist");

		for (String stretch : List.of("item-hip-flexor-stretch", "item-butterfly-stretch")) {
			Element item = page.getElementById(stretch);
			assertThat(item.text()).as(stretch).contains("comfort and range of motion", "did not prevent injuries");
			assertThat(item.selectFirst(".evidence").text()).as(stretch).isEqualTo("Evidence: Expert opinion");
		}
	}

	@Test
	void deepGroinPainThatHurtsWhenYouWalkIsAWarningSign() throws Exception {
		Element item = Pages.fetch(mvc, "/checklist").getElementById("item-deep-groin-pain");

		assertThat(item.selectFirst("strong").text()).contains("hurts when you walk", "at night", "hop");
	}

	@Test
	void aRunnerTicksTodaysItemsAndTheyAreStored() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "ticks");
		LocalDate today = LocalDate.now(clock);
		Document page = Pages.fetch(mvc, "/checklist", runner);
		Element form = page.selectFirst("form.checklist-form");
		assertThat(form.select("input[name=runDay]")).hasSize(2);
		assertThat(form.select("input[name=item]")).isNotEmpty();
		for (Element box : form.select("input[type=checkbox]")) {
			assertThat(form.select("label[for=" + box.id() + "]")).hasSize(1);
		}

		long warmUp = item("warm-up");
		long gradual = item("gradual-load");
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", today.toString())
			.param("runDay", "true").param("item", Long.toString(warmUp)).param("item", Long.toString(gradual)))
			.andExpect(redirectedUrl("/checklist"));

		assertThat(jdbc.queryForList("select item_id from checklist_tick where account_id = ?", Long.class, runner.id()))
			.containsExactlyInAnyOrder(warmUp, gradual);
		Document after = Pages.fetch(mvc, "/checklist", runner);
		assertThat(after.selectFirst("#tick-warm-up").hasAttr("checked")).isTrue();
		assertThat(after.selectFirst("#tick-leg-swings").hasAttr("checked")).isFalse();
		assertThat(after.select("table.checklist-week tbody tr")).hasSize(7);
		int runDayItems = jdbc.queryForObject("select count(*) from checklist_item i "
				+ "join checklist_group g on g.id = i.group_id where g.applies = 'RUN_DAY'", Integer.class);
		assertThat(after.select("table.checklist-week").text()).contains("1 of " + runDayItems);
	}

	@Test
	void onARestDayOnlyTheWeeklyItemsApplyAndRunItemsAreRefused() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "rest");
		String today = LocalDate.now(clock).toString();
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", today).param("runDay", "false")
			.param("item", Long.toString(item("gradual-load")))).andExpect(status().is3xxRedirection());
		Document page = Pages.fetch(mvc, "/checklist", runner);
		assertThat(page.select("#tick-warm-up")).isEmpty();
		assertThat(page.select("#tick-gradual-load")).hasSize(1);

		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", today).param("runDay", "false")
			.param("item", Long.toString(item("warm-up")))).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForList("select item_id from checklist_tick where account_id = ?", Long.class, runner.id()))
			.containsExactly(item("gradual-load"));
	}

	@Test
	void theWeeklyStrengthItemTicksItselfFromTheJournal() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "auto");
		LocalDate today = LocalDate.now(clock);
		assertThat(strengthItem(runner).text()).contains("Not yet:", "0 of 2");
		LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
		for (LocalDate day : List.of(monday, today)) {
			Journals.insertSession(jdbc, runner.id(), day, null, 5, 1, null, null);
		}
		assertThat(strengthItem(runner).text()).contains("Done:", "2 of 2");
	}

	@Test
	void badDatesAndUnknownItemsAreRefusedAndNothingChanges() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "bad");
		String tomorrow = LocalDate.now(clock).plusDays(1).toString();
		Pages.fetch(mvc, "/checklist?date=" + tomorrow, 400, runner);
		Pages.fetch(mvc, "/checklist?date=yesterday", 400, runner);
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", "1999-12-31"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", LocalDate.now(clock).toString())
			.param("item", "999999")).andExpect(status().isBadRequest());
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", LocalDate.now(clock).toString())
			.param("item", "not-a-number")).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from checklist_tick where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	@Test
	void visitorsCannotTick() throws Exception {
		mvc.perform(post("/checklist").with(csrf()).param("date", LocalDate.now(clock).toString()))
			.andExpect(redirectedUrl("/login"));
	}

	private Element strengthItem(CurrentRunner runner) throws Exception {
		return Pages.fetch(mvc, "/checklist", runner).select("form.checklist-form .choice").stream()
			.filter(choice -> choice.text().contains("Two strength sessions")).findFirst().orElseThrow();
	}

	private long item(String slug) {
		return jdbc.queryForObject("select id from checklist_item where slug = ?", Long.class, slug);
	}

}
