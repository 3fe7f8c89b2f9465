package dev.hipflex.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.journal.Journals;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.RoutineKind;
import dev.hipflex.routine.WeekService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	WeekService weeks;

	@Autowired
	Clock clock;

	@Test
	void visitorsSeeWhatHipFlexOffersAndTheWayIn() throws Exception {
		Document page = Pages.fetch(mvc, "/");

		assertThat(page.select(".cards a").eachAttr("href")).contains("/guide", "/exercises", "/week", "/checklist");
		assertThat(page.select("a[href=/register]")).isNotEmpty();
		assertThat(page.select(".today")).isEmpty();
		assertThat(page.select(".site-account li > a").eachText()).containsExactly("Log in", "Create account");
		assertThat(page.select(".site-account form[action=/logout]")).isEmpty();
	}

	@Test
	void aRunnerSeesTodaysPlanChecklistLastSessionAndTheWeeksAdherence() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "home");
		LocalDate today = LocalDate.now(clock);
		Document empty = Pages.fetch(mvc, "/", runner);
		assertThat(empty.select("#today-last-heading + p").text()).contains("No sessions logged yet");

		Journals.insertSession(jdbc, runner.id(), today, "Hip strength A", 6, 2, 1, null);
		Document page = Pages.fetch(mvc, "/", runner);

		WeekService.Day plan = weeks.weekFor(runner.id()).days().get(today.getDayOfWeek().getValue() - 1);
		long strengthDays = weeks.weekFor(runner.id()).days().stream()
			.filter(day -> day.routines().stream().anyMatch(r -> r.routine().getKind() == RoutineKind.STRENGTH))
			.count();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Your hip flexors today");
		assertThat(page.select(".site-account li > a").eachText()).containsExactly("Journal", "My week", "Account");
		assertThat(page.select(".site-account__email").text()).isEqualTo("Logged in as " + runner.email());
		assertThat(page.select(".site-account form[action=/logout] button").text()).isEqualTo("Log out");
		plan.routines().forEach(planned -> assertThat(page.select(".today").text()).contains(planned.routine().getName()));
		if (plan.routines().stream().anyMatch(r -> r.routine().getKind() == RoutineKind.STRENGTH)) {
			assertThat(page.select(".today a.button").attr("href")).startsWith("/journal/new?routine=");
		}
		assertThat(page.select(".today a[href=/checklist]")).isNotEmpty();
		assertThat(page.select(".today").text()).contains("Effort 6 out of 10, pain during 2 out of 10",
				"Pain the next morning: 1 out of 10",
				"Strength sessions done this week: 1 of " + strengthDays + " planned");
	}

}
