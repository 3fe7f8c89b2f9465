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
import java.util.UUID;

import dev.hipflex.DateSensitive;
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

/**
 * Registration asks for explicit consent to storing health data (a box of its own) and records when it was given;
 * it asks whether the runner is under 16 (then a parent or guardian must agree) and keeps no date of birth. The
 * privacy page says what HipFlex keeps, and registration and every page's footer link to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class HealthDataConsentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void theConsentAndItsTimeAreRecordedAndNoDateOfBirth() throws Exception {
		String email = email("consenting");

		assertThat(register(email, Map.of("age", "16-or-older", "healthDataConsent", "true")).getStatus()).isEqualTo(302);

		Map<String, Object> row = jdbc.queryForMap(
				"select health_data_consent_at, under_sixteen from account where email = ?", email);
		assertThat(((Timestamp) row.get("health_data_consent_at")).toLocalDateTime().toInstant(ZoneOffset.UTC))
			.isEqualTo(now);
		assertThat(row.get("under_sixteen")).isEqualTo(false);
		List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'account'", String.class);
		assertThat(columns).contains("health_data_consent_at").noneMatch(column -> column.contains("birth"));
	}

	@Test
	void withoutTheConsentBoxOrTheAgeNoAccountIsMadeAndTheFormSaysWhy() throws Exception {
		Map<Map<String, String>, String> cases = Map.of(Map.of("age", "16-or-older"), "Tick the box to agree",
				Map.of("healthDataConsent", "true"), "Say whether you are 16 or older",
				Map.of("age", "16-or-older", "healthDataConsent", "yes please"), "Tick the box to agree",
				Map.of("age", "42", "healthDataConsent", "true"), "Say whether you are 16 or older",
				Map.of("age", "under-16", "healthDataConsent", "true"), "a parent or guardian must agree");
		for (Map.Entry<Map<String, String>, String> refused : cases.entrySet()) {
			String email = email("refused");
			MockHttpServletResponse response = register(email, refused.getKey());
			assertThat(response.getStatus()).as("%s", refused.getKey()).isEqualTo(400);
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select(".error-summary").text()).as("%s", refused.getKey()).contains(refused.getValue());
			assertThat(page.select(".field--error .field__error").text()).as("%s", refused.getKey())
				.contains(refused.getValue());
			assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
				.isZero();
		}
	}

	@Test
	void aRunnerUnder16RegistersWithAParentOrGuardian() throws Exception {
		String email = email("young");

		assertThat(register(email, Map.of("age", "under-16", "guardianConsent", "true", "healthDataConsent", "true"))
			.getStatus()).isEqualTo(302);

		assertThat(jdbc.queryForObject("select under_sixteen from account where email = ?", Boolean.class, email))
			.isTrue();
	}

	@Test
	void thePrivacyPageSaysWhatIsKeptAndRegistrationAndTheFooterLinkToIt() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/privacy")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String text = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
		assertThat(text).contains("What HipFlex keeps", "Health data and your consent", "Who can see it",
				"For how long", "Export everything", "delete your account", "under 16",
				"does not delete accounts that are not used").doesNotContain("If nobody logs in");

		for (String page : List.of("/register", "/", "/login")) {
			Document shown = Jsoup.parse(mvc.perform(get(page)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(shown.select("a[href=/privacy]")).as(page).isNotEmpty();
		}
	}

	private MockHttpServletResponse register(String email, Map<String, String> consent) throws Exception {
		MockHttpServletRequestBuilder request = post("/register").with(csrf())
			.param("email", email)
			.param("password", Runners.PASSWORD)
			.param("passwordRepeated", Runners.PASSWORD);
		consent.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

}
