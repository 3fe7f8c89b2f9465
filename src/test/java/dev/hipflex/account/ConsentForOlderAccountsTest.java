package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.RunnerData;
import dev.hipflex.Runners;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An account made before HipFlex asked for consent to storing health data has to give it, with the same questions
 * as registration, before its journal, progress or own week show or store anything; it can still reach its account,
 * export and delete everything, read the privacy page and log out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class ConsentForOlderAccountsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@MockitoSpyBean
	Clock clock;

	private Instant now;

	private CurrentRunner runner;

	@BeforeEach
	void anAccountMadeBeforeHipFlexAsked() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
		runner = Runners.create(accounts, "older");
		jdbc.update("update account set health_data_consent_at = null where id = ?", runner.id());
	}

	@Test
	void everyPageOfTheJournalAndTheWeekSendsThemToTheConsentPageKeepingWhereTheyWereGoing() throws Exception {
		for (String page : List.of("/journal", "/journal/", "/journal/new", "/journal/new?date=2024-05-06",
				"/journal/progress", "/journal/calendar", "/journal/export.csv", "/my/week", "/my/week.ics",
				"/journal/progress/", "/my/routines/1")) {
			MockHttpServletResponse response = mvc.perform(get(page).with(Runners.as(runner))).andReturn().getResponse();

			assertThat(response.getStatus()).as(page).isEqualTo(303);
			assertThat(response.getContentAsString()).as(page).isEmpty();
			assertThat(response.getRedirectedUrl()).as(page).startsWith("/account/consent?next=");
			assertThat(UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build(true).getQueryParams()
				.getFirst("next")).as(page).isEqualTo(UriComponentsBuilder.fromPath("").queryParam("n", "{n}").encode()
					.buildAndExpand(page).getQueryParams().getFirst("n"));
		}
	}

	@Test
	void formsOfTheJournalAndTheWeekAreRefusedTheSameWayAndStoreNothing() throws Exception {
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		Map<String, Map<String, String>> forms = Map.of("/journal",
				Map.of("date", "2024-05-06", "effort", "5", "painDuring", "2", "notes", "stored?"), "/my/week",
				Map.of("from", "recommended"), "/journal/import", Map.of());
		for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
			MockHttpServletRequestBuilder request = post(form.getKey()).with(Runners.as(runner)).with(csrf());
			form.getValue().forEach(request::param);

			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

			assertThat(response.getStatus()).as(form.getKey()).isEqualTo(303);
			assertThat(response.getRedirectedUrl()).as(form.getKey()).isEqualTo("/account/consent");
		}
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);
	}

	@Test
	void theyCanStillReachTheirAccountTheirDataItsDeletionThePrivacyPageAndLogOut() throws Exception {
		for (String page : List.of("/account", "/account/export.zip", "/account/delete", "/privacy")) {
			assertThat(mvc.perform(get(page).with(Runners.as(runner))).andReturn().getResponse().getStatus()).as(page)
				.isEqualTo(200);
		}
		assertThat(mvc.perform(post("/logout").with(Runners.as(runner)).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/login?loggedOut");
		MockHttpServletResponse deleted = mvc.perform(post("/account/delete").with(Runners.as(runner)).with(csrf())
			.param("password", Runners.PASSWORD)).andReturn().getResponse();
		assertThat(deleted.getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, runner.id())).isZero();
	}

	@Test
	void theConsentPageAsksRegistrationsQuestionsAndSaysThatDecliningIsDeleting() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/account/consent?next=/journal/progress").with(Runners.as(runner)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("input[name=age]")).hasSize(2);
		assertThat(page.select("input[type=checkbox][name=healthDataConsent]")).hasSize(1);
		assertThat(page.select("input[type=checkbox][name=guardianConsent]")).hasSize(1);
		assertThat(page.select("main input[type=hidden][name=_csrf]")).as("the consent form's own").hasSize(1);
		assertThat(page.select("input[name=next]").val()).isEqualTo("/journal/progress");
		assertThat(page.select("main").text()).contains("deleting your account");
		assertThat(page.select("a[href=/account/delete]")).isNotEmpty();
	}

	@Test
	void badAnswersAreRefusedBesideTheirFieldAndNothingIsStored() throws Exception {
		Map<Map<String, String>, String> cases = Map.of(Map.of("age", "16-or-older"), "Tick the box to agree",
				Map.of("healthDataConsent", "true"), "Say whether you are 16 or older",
				Map.of("age", "16-or-older", "healthDataConsent", "yes please"), "Tick the box to agree",
				Map.of("age", "under-16", "healthDataConsent", "true"), "a parent or guardian must agree");
		for (Map.Entry<Map<String, String>, String> bad : cases.entrySet()) {
			MockHttpServletResponse response = consent(bad.getKey(), "/journal");

			assertThat(response.getStatus()).as("%s", bad.getKey()).isEqualTo(400);
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select(".field--error .field__error").text()).as("%s", bad.getKey())
				.contains(bad.getValue());
			assertThat(page.select("input[name=next]").val()).isEqualTo("/journal");
			assertThat(consentAt()).as("%s", bad.getKey()).isNull();
		}
		MockHttpServletResponse withoutToken = mvc.perform(post("/account/consent").with(Runners.as(runner))
			.param("age", "16-or-older").param("healthDataConsent", "true")).andReturn().getResponse();
		assertThat(withoutToken.getStatus()).isEqualTo(403);
		assertThat(consentAt()).isNull();
	}

	@Test
	void givenConsentIsRecordedWithItsTimeAndTheJournalOpens() throws Exception {
		MockHttpServletResponse response = consent(
				Map.of("age", "under-16", "guardianConsent", "true", "healthDataConsent", "true"), "/journal/progress");

		assertThat(response.getRedirectedUrl()).isEqualTo("/journal/progress");
		assertThat(consentAt().toLocalDateTime().toInstant(ZoneOffset.UTC)).isEqualTo(now);
		assertThat(jdbc.queryForObject("select under_sixteen from account where id = ?", Boolean.class, runner.id()))
			.isTrue();
		for (String page : List.of("/journal", "/journal/progress", "/my/week")) {
			assertThat(mvc.perform(get(page).with(Runners.as(runner))).andReturn().getResponse().getStatus()).as(page)
				.isEqualTo(200);
		}
		// Once given, the consent page only sends them on, and the first time stays.
		now = now.plusSeconds(60);
		assertThat(mvc.perform(get("/account/consent").with(Runners.as(runner))).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/journal");
		consent(Map.of("age", "16-or-older", "healthDataConsent", "true"), "/journal");
		assertThat(consentAt().toLocalDateTime().toInstant(ZoneOffset.UTC)).isEqualTo(now.minusSeconds(60));
	}

	@Test
	void afterConsentingTheyGoOnlyToAPageOfThisSite() throws Exception {
		for (String elsewhere : List.of("//evil.example/journal", "https://evil.example/", "/\\evil.example",
				"journal", "/journal/{id}", " /journal")) {
			jdbc.update("update account set health_data_consent_at = null where id = ?", runner.id());
			MockHttpServletResponse response = consent(Map.of("age", "16-or-older", "healthDataConsent", "true"),
					elsewhere);
			assertThat(response.getRedirectedUrl()).as(elsewhere).isEqualTo("/journal");
		}
	}

	private MockHttpServletResponse consent(Map<String, String> answers, String next) throws Exception {
		MockHttpServletRequestBuilder request = post("/account/consent").with(Runners.as(runner)).with(csrf())
			.param("next", next);
		answers.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private Timestamp consentAt() {
		return jdbc.queryForObject("select health_data_consent_at from account where id = ?", Timestamp.class,
				runner.id());
	}

}
