package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.journal.Journals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A runner's kept pages (RunnerPageCache): served again only to the same runner, and made anew as soon as
 * anything they show has changed: a form the runner sends, a change on another instance (the page version in the
 * database), a new day. Data written behind the app's back (as these tests do with SQL) shows only once the version
 * moves: that is how the tests see that a page was kept.
 */
@SpringBootTest(properties = "hipflex.runner-pages.kept=true")
@AutoConfigureMockMvc
class RunnerPageCacheTest {

	/** A clock the tests move, in place of the application's. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-03-10T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	RunnerPages pages;

	@Autowired
	MovableClock clock;

	@Test
	void aPageIsKeptUntilAnotherInstanceRaisesTheVersion() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "kept");
		assertThat(journal(runner)).doesNotContain("Hip strength A");

		Journals.insertSession(jdbc, runner.id(), today(), "Hip strength A", 6, 2, 1, null);
		assertThat(journal(runner)).as("kept: the insert went behind the app's back").doesNotContain("Hip strength A");

		pages.changed(runner.id());
		assertThat(journal(runner)).contains("Hip strength A");
	}

	@Test
	void aFormTheRunnerSendsShowsOnTheNextPage() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "ticked");
		Document before = Pages.fetch(mvc, "/checklist", runner);
		assertThat(before.select("#tick-warm-up[checked]")).isEmpty();
		long version = version(runner);

		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", today().toString())
			.param("runDay", "true").param("item", Long.toString(item("warm-up"))))
			.andExpect(redirectedUrl("/checklist"));

		assertThat(version(runner)).isGreaterThan(version);
		assertThat(Pages.fetch(mvc, "/checklist", runner).selectFirst("#tick-warm-up").hasAttr("checked")).isTrue();
	}

	@Test
	void aRefusedFormLeavesTheVersionAsItWas() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "refused");
		long version = version(runner);
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", "1999-12-31"))
			.andExpect(status().isBadRequest());
		assertThat(version(runner)).isEqualTo(version);
	}

	@Test
	void anotherRunnerNeverGetsTheKeptPage() throws Exception {
		CurrentRunner first = Runners.create(accounts, "first");
		CurrentRunner second = Runners.create(accounts, "second");
		Journals.insertSession(jdbc, first.id(), today(), "Hip strength A", 6, 2, 1, null);
		assertThat(journal(first)).contains("Hip strength A", first.email());

		String theirs = journal(second);
		assertThat(theirs).contains(second.email()).doesNotContain(first.email()).doesNotContain("Hip strength A");
		mvc.perform(get("/journal")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aNewDayMakesThePageAnew() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "new-day");
		assertThat(journal(runner)).doesNotContain("Hip strength A");
		Journals.insertSession(jdbc, runner.id(), today(), "Hip strength A", 6, 2, 1, null);
		assertThat(journal(runner)).doesNotContain("Hip strength A");

		clock.move(Duration.ofDays(1));
		assertThat(journal(runner)).contains("Hip strength A");
	}

	@Test
	void aKeptPageIsNotServedPastItsTime() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "expired");
		assertThat(journal(runner)).doesNotContain("Hip strength A");
		Journals.insertSession(jdbc, runner.id(), today(), "Hip strength A", 6, 2, 1, null);
		assertThat(journal(runner)).doesNotContain("Hip strength A");

		clock.move(RunnerPageCache.KEPT_FOR.plusSeconds(1));
		assertThat(journal(runner)).as("a day's page is kept for at most %s", RunnerPageCache.KEPT_FOR)
			.contains("Hip strength A");
	}

	@Test
	void eachAnswerCarriesAFreshTokenThatTheFormsAccept() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "token");
		MockHttpSession session = new MockHttpSession();
		String first = token(checklist(runner, session));
		Document kept = checklist(runner, session);
		String second = token(kept);
		assertThat(second).isNotBlank().isNotEqualTo(first);

		mvc.perform(post("/checklist").with(Runners.as(runner)).session(session).param("_csrf", second)
			.param("date", today().toString()).param("runDay", "true").param("item", Long.toString(item("warm-up"))))
			.andExpect(redirectedUrl("/checklist"));
	}

	@Test
	void aNoticeForTheNextPageIsShownOnceAndNeverKept() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "notice");
		MockHttpSession session = new MockHttpSession();
		checklist(runner, session);
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).session(session)
			.param("date", today().toString()).param("runDay", "true").param("item", Long.toString(item("warm-up"))))
			.andExpect(redirectedUrl("/checklist"));

		Document withNotice = checklist(runner, session);
		Document after = checklist(runner, session);
		assertThat(withNotice.select("p.notice").text()).isEqualTo("Your ticks are saved.");
		assertThat(after.select("p.notice")).isEmpty();
		assertThat(after.selectFirst("#tick-warm-up").hasAttr("checked")).isTrue();
	}

	@Test
	void aNoticeForAnotherPageDoesNotStopThisOneBeingKept() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "elsewhere");
		MockHttpSession session = new MockHttpSession();
		// A script that posts the checklist and never follows the redirect to the notice.
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).session(session)
			.param("date", today().toString()).param("runDay", "true").param("item", Long.toString(item("warm-up"))))
			.andExpect(redirectedUrl("/checklist"));

		assertThat(journal(runner, session)).doesNotContain("Hip strength A");
		Journals.insertSession(jdbc, runner.id(), today(), "Hip strength A", 6, 2, 1, null);
		assertThat(journal(runner, session)).as("kept").doesNotContain("Hip strength A");
		assertThat(checklist(runner, session).select("p.notice").text()).isEqualTo("Your ticks are saved.");
	}

	@Test
	void aLoginEndedByAPasswordChangeGetsNoKeptPage() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "ended");
		assertThat(journal(runner)).contains(runner.email());

		assertThat(accounts.changePassword(runner.id(), Runners.PASSWORD, "another long passphrase here", "127.0.0.1"))
			.isEmpty();
		// Without the account page's form, this instance notices the new credential version within FRESH_FOR.
		clock.move(CredentialVersions.FRESH_FOR.plusSeconds(1));
		mvc.perform(get("/journal").with(Runners.as(runner))).andExpect(status().is3xxRedirection());
	}

	private String journal(CurrentRunner runner) throws Exception {
		return Pages.fetch(mvc, "/journal", runner).text();
	}

	private String journal(CurrentRunner runner, MockHttpSession session) throws Exception {
		return mvc.perform(get("/journal").with(Runners.as(runner)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Document checklist(CurrentRunner runner, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(get("/checklist").with(Runners.as(runner)).session(session))
			.andExpect(status().isOk())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String token(Document page) {
		return page.selectFirst("form.checklist-form input[name=_csrf]").val();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private long version(CurrentRunner runner) {
		return jdbc.queryForObject("select page_version from account where id = ?", Long.class, runner.id());
	}

	private long item(String slug) {
		return jdbc.queryForObject("select id from checklist_item where slug = ?", Long.class, slug);
	}

}
