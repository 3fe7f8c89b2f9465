package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.RunnerZone;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Today" follows the runner's own time zone: at one instant (fixed here, so the test does not depend on the
 * date it runs), a runner in Kiritimati (UTC+14) is already on 11 March while one in Los Angeles (UTC−7) is
 * still on 10 March, and the server (UTC) is on 10 March.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RunnerTimeZoneTest {

	static final Instant NOON_UTC = Instant.parse("2026-03-10T12:00:00Z");

	static final LocalDate TENTH = LocalDate.of(2026, 3, 10);

	@TestBean
	Clock clock;

	static Clock clock() {
		return Clock.fixed(NOON_UTC, ZoneOffset.UTC);
	}

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	RunnerZone zones;

	CurrentRunner kiritimati;

	CurrentRunner losAngeles;

	MockMvc kiritimatiMvc;

	MockMvc losAngelesMvc;

	@BeforeEach
	void runners() throws Exception {
		kiritimati = Runners.create(accounts, "kiritimati");
		losAngeles = Runners.create(accounts, "los-angeles");
		kiritimatiMvc = Journals.as(context, kiritimati);
		losAngelesMvc = Journals.as(context, losAngeles);
		kiritimatiMvc.perform(post("/account/time-zone").with(csrf()).param("timeZone", "Pacific/Kiritimati"))
			.andExpect(status().is3xxRedirection());
		losAngelesMvc.perform(post("/account/time-zone").with(csrf()).param("timeZone", " America/Los_Angeles "))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theSameInstantIsADifferentTodayForEachRunner() throws Exception {
		assertThat(zones.today(kiritimati.id())).isEqualTo(TENTH.plusDays(1));
		assertThat(zones.today(losAngeles.id())).isEqualTo(TENTH);
		assertThat(Pages.fetch(kiritimatiMvc, "/journal/new").selectFirst("input#date").val()).isEqualTo("2026-03-11");
		assertThat(Pages.fetch(losAngelesMvc, "/journal/new").selectFirst("input#date").val()).isEqualTo("2026-03-10");

		// The 11th is today in Kiritimati and the future in Los Angeles.
		kiritimatiMvc.perform(post("/journal").with(csrf()).param("date", "2026-03-11").param("effort", "5")
			.param("painDuring", "1")).andExpect(status().is3xxRedirection());
		losAngelesMvc.perform(post("/journal").with(csrf()).param("date", "2026-03-11").param("effort", "5")
			.param("painDuring", "1")).andExpect(status().isBadRequest());
		assertThat(Journals.sessions(jdbc, losAngeles)).isZero();
	}

	@Test
	void theMorningAfterIsTheRunnersMorning() throws Exception {
		long inKiritimati = Journals.insertSession(jdbc, kiritimati, TENTH, "Hip strength A", 5, 1, null);
		long inLosAngeles = Journals.insertSession(jdbc, losAngeles, TENTH, "Hip strength A", 5, 1, null);

		assertThat(Pages.fetch(kiritimatiMvc, "/").select("#morning form").attr("action"))
			.isEqualTo("/journal/" + inKiritimati + "/morning");
		assertThat(Pages.fetch(losAngelesMvc, "/").select("#morning")).isEmpty();

		kiritimatiMvc.perform(post("/journal/" + inKiritimati + "/morning").with(csrf()).param("pain", "2"))
			.andExpect(status().is3xxRedirection());
		MvcResult tooEarly = losAngelesMvc
			.perform(post("/journal/" + inLosAngeles + "/morning").with(csrf()).param("pain", "2"))
			.andReturn();
		assertThat(tooEarly.getFlashMap().get("message")).isEqualTo("journal.morning.notNow");
		assertThat(jdbc.queryForList("select pain_next_morning from training_session where id in (?, ?) order by id",
				Integer.class, inKiritimati, inLosAngeles))
			.containsExactly(2, null);
	}

	@Test
	void aRunnerWhoChoseNoZoneHasTheServersToday() {
		CurrentRunner unset = Runners.create(accounts, "no-zone");
		assertThat(zones.today(unset.id())).isEqualTo(TENTH);
		assertThat(zones.zoneOf(unset.id())).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void theAccountPageShowsTheZoneAndRefusesAnUnknownOneLeavingItAsItWas() throws Exception {
		Document page = Pages.fetch(kiritimatiMvc, "/account");
		assertThat(page.select("#timeZone option[selected]").val()).isEqualTo("Pacific/Kiritimati");
		assertThat(page.select("label[for=timeZone]").text()).isEqualTo("Time zone");

		for (String unknown : new String[] { "Mars/Olympus_Mons", "", "pacific/kiritimati", "UTC+14:00'--",
				"x".repeat(500) }) {
			MvcResult refused = kiritimatiMvc
				.perform(post("/account/time-zone").with(csrf()).param("timeZone", unknown))
				.andExpect(status().isBadRequest())
				.andReturn();
			assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("answer to %s", unknown)
				.contains("is not a time zone HipFlex knows");
		}
		kiritimatiMvc.perform(post("/account/time-zone").with(csrf())).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select time_zone from account where id = ?", String.class, kiritimati.id()))
			.isEqualTo("Pacific/Kiritimati");
	}

}
