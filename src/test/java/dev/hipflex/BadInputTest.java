package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.hipflex.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every form field and address parameter, sent values no form would send: very long text, words where
 * numbers belong, negative and huge numbers, dates far in the past and future or not dates at all, unknown
 * choices, and script, SQL and HTML fragments. Each is answered with a 4xx page that says what was wrong
 * and leaves the runner's data as it was, or, where the value is legitimate text, saved and shown escaped.
 * Never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String SQL = "' OR 1=1 --";

	static final String HTML = "\"><img src=x onerror=alert(1)>";

	static final List<String> VALUES = List.of("x".repeat(10_000), "abc", "-1", "99999999999999999999", "0",
			"0001-01-01", "9999-12-31", "2024-13-45", "NOT_A_CHOICE", SCRIPT, SQL, HTML, "");

	/** A request with one value replaced. */
	record Case(String method, String form, String field, String value) {

		@Override
		public String toString() {
			String shown = value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
			return method + " " + form + " " + field + "=" + shown;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	private Fixture runner;

	/** Each form's address and a valid filling of its fields, for the runner. */
	private Map<String, Function<Fixture, String>> urls;

	private Map<String, Function<Fixture, Map<String, String>>> valid;

	@BeforeAll
	void aRunnerWithData() throws Exception {
		runner = Fixture.create(mvc, jdbc, accounts, "bad-input");
		urls = new LinkedHashMap<>();
		valid = new LinkedHashMap<>();
		form("/journal", f -> "/journal", f -> journalForm());
		form("/journal/{id}", f -> "/journal/" + f.session(), f -> {
			Map<String, String> form = journalForm();
			form.put("version", jdbc.queryForObject("select version from training_session where id = ?", String.class,
					f.session()));
			return form;
		});
		form("/my/week/days/{day}", f -> "/my/week/days/wednesday", f -> map("runDay", "true", "note", "easy"));
		form("/my/week/days/{day}/routines", f -> "/my/week/days/wednesday/routines",
				f -> map("routine", Long.toString(f.routine()), "slot", "SESSION"));
		form("/my/routines/{routine}/entries", f -> "/my/routines/" + f.routine() + "/entries",
				f -> map("exercise", Long.toString(f.exercise())));
		form("/my/routines/{routine}/entries/{entry}/dose",
				f -> "/my/routines/" + f.routine() + "/entries/" + f.entry() + "/dose",
				f -> map("setsMin", "2", "setsMax", "3", "unit", "REPS", "amountMin", "8", "amountMax", "10", "perSide",
						"false"));
		form("/my/week", f -> "/my/week", f -> map("from", "recommended"));
		form("/journal/pauses", f -> "/journal/pauses",
				f -> map("from", f.today().plusDays(10).toString(), "to", f.today().plusDays(12).toString(), "reason",
						"TRAVEL", "note", "away"));
		form("/journal/pauses/{id}", f -> "/journal/pauses/" + f.pause(),
				f -> map("from", f.today().minusDays(3).toString(), "to", f.today().plusDays(5).toString(), "reason",
						"INJURY", "note", "calf"));
		form("/checklist", f -> "/checklist", f -> map("date", "2024-05-08", "runDay", "true",
				"item", jdbc.queryForObject("select min(id) from checklist_item", String.class)));
		form("/account/password", f -> "/account/password",
				f -> map("currentPassword", Runners.PASSWORD, "newPassword", Runners.PASSWORD, "newPasswordRepeated",
						Runners.PASSWORD));
		form("/account/delete", f -> "/account/delete", f -> map("password", Runners.PASSWORD));
		form("/account/usual-pain", f -> "/account/usual-pain", f -> map("usualPain", "2"));
		form("/account/consent", f -> "/account/consent",
				f -> map("age", "16-or-older", "healthDataConsent", "true", "next", "/journal"));
		form("/register", f -> "/register",
				f -> map("email", "new-" + System.nanoTime() + "@example.org", "password", Runners.PASSWORD,
						"passwordRepeated", Runners.PASSWORD, "age", "16-or-older", "healthDataConsent", "true"));
	}

	/**
	 * Each value meets the forms as a first try would: the password forms count wrong passwords like logins
	 * (LoginThrottleTest), for the runner and for MockMvc's one address, and would soon answer 429 instead.
	 */
	@BeforeEach
	void noWrongPasswordsCounted() {
		jdbc.update("delete from login_throttle where subject in (?, ?)", "account:" + runner.runner().email(),
				"address:127.0.0.1");
	}

	static Stream<Case> formCases() {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<String> journal = List.of("date", "routine", "effort", "painDuring", "painNextMorning", "notes",
				"sets[0].exercise", "sets[0].amount", "sets[0].load", "sets[0].band", "sets[0].side", "sets[0].target");
		List<String> log = new ArrayList<>(journal);
		log.add("token");
		fields.put("/journal", log);
		List<String> update = new ArrayList<>(journal);
		update.add("version");
		fields.put("/journal/{id}", update);
		fields.put("/my/week/days/{day}", List.of("runDay", "note"));
		fields.put("/my/week/days/{day}/routines", List.of("routine", "slot"));
		fields.put("/my/routines/{routine}/entries", List.of("exercise"));
		fields.put("/my/routines/{routine}/entries/{entry}/dose",
				List.of("setsMin", "setsMax", "unit", "amountMin", "amountMax", "perSide"));
		fields.put("/my/week", List.of("from"));
		fields.put("/journal/pauses", List.of("from", "to", "reason", "note"));
		fields.put("/journal/pauses/{id}", List.of("from", "to", "reason", "note"));
		fields.put("/checklist", List.of("date", "runDay", "item"));
		fields.put("/account/password", List.of("currentPassword", "newPassword", "newPasswordRepeated"));
		fields.put("/account/delete", List.of("password"));
		fields.put("/account/usual-pain", List.of("usualPain"));
		fields.put("/account/consent", List.of("age", "healthDataConsent", "guardianConsent", "next"));
		fields.put("/register", List.of("email", "password", "passwordRepeated", "age", "healthDataConsent"));
		return fields.entrySet().stream().flatMap(form -> form.getValue().stream()
			.flatMap(field -> VALUES.stream().map(value -> new Case("POST", form.getKey(), field, value))));
	}

	static Stream<Case> parameterCases() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("/journal", List.of("from", "to", "exercise", "page"));
		parameters.put("/journal/calendar", List.of("month"));
		parameters.put("/journal/new", List.of("date", "routine"));
		parameters.put("/journal/progress", List.of("exercise"));
		parameters.put("/checklist", List.of("date"));
		parameters.put("/exercises", List.of("type", "muscle", "equipment", "page", "size"));
		parameters.put("/search", List.of("q"));
		parameters.put("/week.pdf", List.of("paper"));
		parameters.put("/my/week.pdf", List.of("paper"));
		Stream<Case> queries = parameters.entrySet().stream().flatMap(page -> page.getValue().stream()
			.flatMap(parameter -> VALUES.stream().map(value -> new Case("GET", page.getKey(), parameter, value))));
		List<String> paths = List.of("/journal/{}", "/journal/{}/edit", "/journal/{}/delete", "/journal/pauses/{}/edit",
				"/my/routines/{}",
				"/exercises/{}", "/routines/{}", "/guide/{}", "/guide/muscles/{}", "/my/week/items/{}/up",
				"/my/week/days/{}");
		Stream<Case> pathCases = paths.stream()
			.flatMap(path -> VALUES.stream().filter(value -> !value.isEmpty())
				.map(value -> new Case(path.startsWith("/my/week/") ? "POST" : "GET", path, "{}", value)));
		return Stream.concat(queries, pathCases);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formCases")
	void aFormWithABadValueIsRefusedClearlyOrSavedAndShownEscaped(Case bad) throws Exception {
		Map<String, String> form = valid.get(bad.form()).apply(runner);
		form.put(bad.field(), bad.value());
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.runner().id());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(urls.get(bad.form()).apply(runner))
			.with(Runners.as(runner.runner()))
			.with(csrf());
		form.forEach(request::param);

		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		assertAnswered(bad, response, before);
		if (response.getStatus() == 302 && bad.form().equals("/account/delete")) {
			runner = Fixture.create(mvc, jdbc, accounts, "bad-input");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parameterCases")
	void anAddressWithABadValueIsRefusedClearly(Case bad) throws Exception {
		String url = bad.field().equals("{}") ? bad.form().replace("{}", encode(bad.value())) : bad.form();
		MockHttpServletRequestBuilder request = bad.method().equals("GET") ? MockMvcRequestBuilders.get(url)
				: MockMvcRequestBuilders.post(url).with(csrf());
		if (!bad.field().equals("{}")) {
			request.param(bad.field(), bad.value());
		}
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.runner().id());

		MockHttpServletResponse response = mvc.perform(request.with(Runners.as(runner.runner()))).andReturn()
			.getResponse();

		assertAnswered(bad, response, before);
	}

	private void assertAnswered(Case bad, MockHttpServletResponse response, Map<String, Object> before)
			throws Exception {
		int status = response.getStatus();
		assertThat(status).as("%s", bad).isLessThan(500);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (status >= 400) {
			assertThat(RunnerData.snapshot(jdbc, runner.runner().id())).as("data after %s", bad).isEqualTo(before);
		}
		if (status >= 400 && body.isEmpty()) {
			// Refused before reaching a controller (no mapping for the address, or the firewall): the server's
			// error page says so, which MockMvc does not render (ServerLimitsTest shows it on a real server).
			assertThat(status).as("%s", bad).isIn(400, 404);
		}
		else if (status >= 400) {
			Document page = Jsoup.parse(body);
			assertThat(page.select(".error-summary, .page--error .lead, .field-error, [role=alert]").text())
				.as("the message for %s", bad).isNotBlank();
			assertThat(body).as("message keys on %s", bad).doesNotContain("??");
		}
		assertShownEscaped(bad, body);
		if (status == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().startsWith("/")
				&& !response.getRedirectedUrl().startsWith("/login")) {
			// Where a legitimate value was saved, the page that shows it next shows it as text.
			MockHttpServletResponse next = mvc
				.perform(MockMvcRequestBuilders.get(response.getRedirectedUrl()).with(Runners.as(runner.runner())))
				.andReturn()
				.getResponse();
			assertThat(next.getStatus()).as("the page after %s", bad).isLessThan(500);
			assertShownEscaped(bad, next.getContentAsString(StandardCharsets.UTF_8));
		}
	}

	/** Typed markup never becomes markup: no injected script or image, and the text is escaped. */
	private static void assertShownEscaped(Case bad, String html) {
		Document page = Jsoup.parse(html);
		assertThat(page.select("img[onerror], img[src=x]")).as("an injected image after %s", bad).isEmpty();
		assertThat(page.select("script").stream().filter(script -> script.data().contains("alert")))
			.as("an injected script after %s", bad).isEmpty();
		assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x");
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Map<String, String> journalForm() {
		return map("date", "2024-05-05", "effort", "5", "painDuring", "1",
				"notes", "fine");
	}

	private void form(String name, Function<Fixture, String> url, Function<Fixture, Map<String, String>> form) {
		urls.put(name, url);
		valid.put(name, form);
	}

	private static Map<String, String> map(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
