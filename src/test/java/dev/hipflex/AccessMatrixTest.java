package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.hipflex.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what with a runner's data, address by address: every page and form that touches it,
 * requested as its owner (succeeds), as another runner (404, nothing changes) and as a visitor (sent to
 * log in); every form sent without its CSRF token is refused (403, nothing changes). The list is checked
 * against the application's own mappings, so a new page or form cannot be left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

	/**
	 * A page or form. {@code foreign} says whether its address or form names a row of the owner's by id, so
	 * another runner using it must get a 404.
	 */
	record Endpoint(RequestMethod method, String pattern, boolean foreign, Function<Fixture, String> url,
			Function<Fixture, Map<String, String>> form) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	private static final String CSV = "session,date,routine,effort,pain_during,pain_next_morning,notes,exercise,set,reps,"
			+ "hold_seconds,load_kg,band,side\r\n1,2024-03-04,,5,1,,imported,,,,,,,\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Fixture owner;

	private Fixture other;

	static Stream<Endpoint> pages() {
		return Stream.of(get("/account", false, f -> "/account"), get("/account/delete", false, f -> "/account/delete"),
				get("/account/export.zip", false, f -> "/account/export.zip"),
				get("/account/consent", false, f -> "/account/consent"),
				get("/account/shares", false, f -> "/account/shares"),
				get("/account/shares/preview", false, f -> "/account/shares/preview?label=Dr%20Patel&expiry=1m"),
				get("/my/week/handout.pdf", false, f -> "/my/week/handout.pdf"),
				get("/account/email/confirm", false, f -> "/account/email/confirm?token=" + f.emailToken()),
				get("/journal", false, f -> "/journal"), get("/journal/calendar", false, f -> "/journal/calendar"),
				get("/journal/new", false, f -> "/journal/new"),
				get("/journal/{id}", true, f -> "/journal/" + f.session()),
				get("/journal/{id}/edit", true, f -> "/journal/" + f.session() + "/edit"),
				get("/journal/{id}/delete", true, f -> "/journal/" + f.session() + "/delete"),
				get("/journal/export.csv", false, f -> "/journal/export.csv"),
				get("/journal/import", false, f -> "/journal/import"),
				get("/journal/progress", false, f -> "/journal/progress"),
				get("/journal/guided", false, f -> "/journal/guided"),
				get("/journal/guided/{draft}", true, f -> "/journal/guided/" + f.draft()),
				get("/journal/pauses", false, f -> "/journal/pauses"),
				get("/journal/pauses/{id}/edit", true, f -> "/journal/pauses/" + f.pause() + "/edit"),
				get("/my/week", false, f -> "/my/week"),
				get("/my/week.pdf", false, f -> "/my/week.pdf"), get("/my/week.ics", false, f -> "/my/week.ics"),
				get("/my/week/reset", false, f -> "/my/week/reset"), get("/my/week/delete", false, f -> "/my/week/delete"),
				get("/my/routines/{routine}", true, f -> "/my/routines/" + f.routine()),
				get("/my/start", false, f -> "/my/start"));
	}

	static Stream<Endpoint> forms() {
		String entry = "/my/routines/{routine}/entries/{entry}";
		Function<Fixture, String> entryUrl = f -> "/my/routines/" + f.routine() + "/entries/" + f.entry();
		return Stream.of(
				post("/account/password", false, f -> "/account/password",
						f -> Map.of("currentPassword", Runners.PASSWORD, "newPassword", "another long passphrase",
								"newPasswordRepeated", "another long passphrase")),
				post("/account/delete", false, f -> "/account/delete", f -> Map.of("password", Runners.PASSWORD)),
				post("/account/email", false, f -> "/account/email",
						f -> Map.of("newEmail", "moving-" + System.nanoTime() + "@example.org", "password", Runners.PASSWORD)),
				post("/account/email/confirm", false, f -> "/account/email/confirm", f -> Map.of("token", f.emailToken())),
				post("/account/logout-elsewhere", false, f -> "/account/logout-elsewhere", f -> Map.of()),
				post("/account/usual-pain", false, f -> "/account/usual-pain", f -> Map.of("usualPain", "3")),
				post("/account/time-zone", false, f -> "/account/time-zone", f -> Map.of("timeZone", "Europe/London")),
				post("/account/consent", false, f -> "/account/consent",
						f -> Map.of("age", "16-or-older", "healthDataConsent", "true")),
				post("/journal", false, f -> "/journal",
						f -> Map.of("date", "2024-05-06", "effort", "5", "painDuring", "2", "notes", "new")),
				post("/journal/{id}", true, f -> "/journal/" + f.session(),
						f -> Map.of("date", "2024-05-07", "effort", "6", "painDuring", "2", "version", "0")),
				post("/journal/{id}/morning", true, f -> "/journal/" + f.session() + "/morning",
						f -> Map.of("pain", "3")),
				post("/journal/{id}/delete", true, f -> "/journal/" + f.session() + "/delete", f -> Map.of()),
				post("/journal/import", false, f -> "/journal/import", f -> Map.of()),
				post("/journal/guided", false, f -> "/journal/guided", f -> Map.of("routine", Long.toString(f.routine()))),
				post("/journal/guided/{draft}", true, f -> "/journal/guided/" + f.draft(),
						f -> Map.of("step", "0", "action", "done", "amount", "5")),
				post("/journal/guided/{draft}/finish", true, f -> "/journal/guided/" + f.draft() + "/finish",
						f -> Map.of("effort", "3", "painDuring", "1")),
				post("/journal/guided/{draft}/discard", true, f -> "/journal/guided/" + f.draft() + "/discard",
						f -> Map.of()),
				post("/journal/pauses", false, f -> "/journal/pauses",
						f -> Map.of("from", f.today().plusDays(10).toString(), "reason", "TRAVEL")),
				post("/journal/pauses/{id}", true, f -> "/journal/pauses/" + f.pause(),
						f -> Map.of("from", f.today().minusDays(3).toString(), "to", f.today().plusDays(4).toString(),
								"reason", "ILLNESS")),
				post("/journal/pauses/{id}/end", true, f -> "/journal/pauses/" + f.pause() + "/end", f -> Map.of()),
				post("/journal/pauses/{id}/delete", true, f -> "/journal/pauses/" + f.pause() + "/delete",
						f -> Map.of()),
				post("/my/week", false, f -> "/my/week", f -> Map.of("from", "recommended")),
				post("/my/next-step", true, f -> "/my/next-step",
						f -> Map.of("routine", Long.toString(f.routine()), "entry", Long.toString(f.entry()))),
				post("/my/start", false, f -> "/my/start", f -> Map.of("currentPain", "1", "usualPain", "0",
						"boneStressInjury", "no", "clinicianManages", "no")),
				post("/my/week/days/{day}", false, f -> "/my/week/days/monday",
						f -> Map.of("runDay", "true", "note", "easy")),
				post("/my/week/days/{day}/routines", true, f -> "/my/week/days/tuesday/routines",
						f -> Map.of("routine", Long.toString(f.routine()), "slot", "SESSION")),
				post("/my/week/items/{item}/up", true, f -> "/my/week/items/" + f.item() + "/up", f -> Map.of()),
				post("/my/week/items/{item}/down", true, f -> "/my/week/items/" + f.item() + "/down", f -> Map.of()),
				post("/my/week/items/{item}/remove", true, f -> "/my/week/items/" + f.item() + "/remove", f -> Map.of()),
				post("/my/week/changes/{change}/undo", true, f -> "/my/week/changes/" + f.change() + "/undo",
						f -> Map.of()),
				post("/my/week/reset", false, f -> "/my/week/reset", f -> Map.of()),
				post("/my/week/delete", false, f -> "/my/week/delete", f -> Map.of()),
				post("/my/week/subscription", false, f -> "/my/week/subscription", f -> Map.of()),
				post("/my/week/subscription/reminder", false, f -> "/my/week/subscription/reminder",
						f -> Map.of("reminder", "none")),
				post("/my/week/subscription/revoke", false, f -> "/my/week/subscription/revoke", f -> Map.of()),
				post("/account/shares", false, f -> "/account/shares", f -> Map.of("label", "Dr Patel", "expiry", "1m")),
				post("/account/shares/{id}/renew", true, f -> "/account/shares/" + f.share() + "/renew",
						f -> Map.of("expiry", "3m")),
				post("/account/shares/{id}/revoke", true, f -> "/account/shares/" + f.share() + "/revoke", f -> Map.of()),
				post("/account/shares/handout", true, f -> "/account/shares/handout",
						f -> Map.of("link", f.shareToken(), "paper", "a4")),
				post("/my/week/reminder-mail", false, f -> "/my/week/reminder-mail", f -> Map.of("reminder", "-300")),
				post("/my/routines/{routine}/entries", true, f -> "/my/routines/" + f.routine() + "/entries",
						f -> Map.of("exercise", Long.toString(f.exercise()))),
				post(entry + "/up", true, entryUrl.andThen(url -> url + "/up"), f -> Map.of()),
				post(entry + "/down", true, entryUrl.andThen(url -> url + "/down"), f -> Map.of()),
				post(entry + "/remove", true, entryUrl.andThen(url -> url + "/remove"), f -> Map.of()),
				post(entry + "/dose", true, entryUrl.andThen(url -> url + "/dose"),
						f -> Map.of("setsMin", "2", "setsMax", "2", "unit", "REPS", "amountMin", "8", "amountMax", "9")),
				post("/checklist", false, f -> "/checklist",
						f -> Map.of("date", "2024-05-08", "runDay", "false")),
				post("/logout", false, f -> "/logout", f -> Map.of()));
	}

	/** Forms anyone may send (they still need the CSRF token). */
	static Stream<Endpoint> publicForms() {
		return Stream.of(
				post("/register", false, f -> "/register",
						f -> Map.of("email", "csrf-" + System.nanoTime() + "@example.org", "password", Runners.PASSWORD,
								"passwordRepeated", Runners.PASSWORD, "age", "16-or-older", "healthDataConsent", "true")),
				post("/login", false, f -> "/login", f -> Map.of("email", f.runner().email(), "password", Runners.PASSWORD)),
				post("/password-reset", false, f -> "/password-reset", f -> Map.of("email", f.runner().email())),
				post("/password-reset/new", false, f -> "/password-reset/new",
						f -> Map.of("token", "x", "password", "another long passphrase",
								"passwordRepeated", "another long passphrase")));
	}

	static Stream<Endpoint> all() {
		return Stream.concat(pages(), forms());
	}

	static Stream<Endpoint> foreign() {
		return all().filter(Endpoint::foreign);
	}

	static Stream<Endpoint> everyForm() {
		return Stream.concat(forms(), publicForms());
	}

	@BeforeEach
	void twoRunnersWithAWeekACopiedRoutineASessionAndATick() throws Exception {
		owner = Fixture.create(mvc, jdbc, accounts, "owner");
		other = Fixture.create(mvc, jdbc, accounts, "other");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("all")
	void theOwnerSucceeds(Endpoint endpoint) throws Exception {
		MockHttpServletResponse response = perform(endpoint, owner, owner, true);

		assertThat(response.getStatus()).as("%s as its owner", endpoint).isBetween(200, 399);
		assertThat(String.valueOf(response.getRedirectedUrl())).as("%s as its owner", endpoint).doesNotEndWith("/login");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreign")
	void anotherRunnerGetsNotFoundAndNothingChanges(Endpoint endpoint) throws Exception {
		Map<String, Object> ownersData = RunnerData.snapshot(jdbc, owner.runner().id());
		Map<String, Object> othersData = RunnerData.snapshot(jdbc, other.runner().id());

		MockHttpServletResponse response = perform(endpoint, owner, other, true);

		assertThat(response.getStatus()).as("%s as another runner", endpoint).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Page not found");
		assertThat(RunnerData.snapshot(jdbc, owner.runner().id())).isEqualTo(ownersData);
		assertThat(RunnerData.snapshot(jdbc, other.runner().id())).isEqualTo(othersData);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("all")
	void aVisitorIsSentToLogIn(Endpoint endpoint) throws Exception {
		Map<String, Object> ownersData = RunnerData.snapshot(jdbc, owner.runner().id());

		MockHttpServletResponse response = perform(endpoint, owner, null, true);

		if (endpoint.pattern().equals("/logout")) {
			assertThat(response.getRedirectedUrl()).isEqualTo("/login?loggedOut");
		}
		else {
			assertThat(response.getStatus()).as("%s as a visitor", endpoint).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as("%s as a visitor", endpoint).endsWith("/login");
		}
		assertThat(RunnerData.snapshot(jdbc, owner.runner().id())).isEqualTo(ownersData);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyForm")
	void aFormWithoutItsCsrfTokenIsRefusedAndNothingChanges(Endpoint endpoint) throws Exception {
		Map<String, Object> ownersData = RunnerData.snapshot(jdbc, owner.runner().id());
		Map<String, Integer> everyone = RunnerData.counts(jdbc);
		int accounts = jdbc.queryForObject("select count(*) from account", Integer.class);

		MockHttpServletResponse response = perform(endpoint, owner, owner, false);

		assertThat(response.getStatus()).as("%s without a CSRF token", endpoint).isEqualTo(403);
		assertThat(RunnerData.snapshot(jdbc, owner.runner().id())).isEqualTo(ownersData);
		assertThat(RunnerData.counts(jdbc)).isEqualTo(everyone);
		assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(accounts);
	}

	@Test
	void theListCoversEveryFormAndEveryRunnerPageTheApplicationHas() {
		Set<String> posts = new TreeSet<>();
		Set<String> runnerPages = new TreeSet<>();
		for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String declared : mapping.getPatternValues()) {
				String pattern = declared.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
				if (methods.isEmpty() || methods.stream().anyMatch(method -> method != RequestMethod.GET)) {
					posts.add(pattern);
				}
				else if (pattern.startsWith("/journal") || pattern.startsWith("/my") || pattern.startsWith("/account")) {
					runnerPages.add(pattern);
				}
			}
		}
		posts.remove("/error");
		// The one form without a CSRF token, by design (RFC 8058 one-click unsubscribe; docs/security.md, "Reminder
		// mails"): its token in the path is its authority. ReminderMailTest attacks it.
		posts.remove("/reminders/unsubscribe/{token}");
		// A clinician's forms through a share link: no login (the link's token is the key) but CSRF on; ShareAdjustTest
		// attacks them (view-only, revoked and expired links, no CSRF token, bad input).
		assertThat(posts.removeIf(pattern -> pattern.startsWith("/shared/{token}/"))).isTrue();

		assertThat(everyForm().map(Endpoint::pattern).collect(Collectors.toSet()))
			.as("every state-changing mapping is in the matrix")
			.containsAll(posts);
		assertThat(pages().map(Endpoint::pattern).collect(Collectors.toSet()))
			.as("every runner's page is in the matrix")
			.containsAll(runnerPages);
	}

	/** Sends the endpoint's request with the owner's ids, as {@code as} (null: a visitor). */
	private MockHttpServletResponse perform(Endpoint endpoint, Fixture ids, Fixture as, boolean withCsrf)
			throws Exception {
		String url = endpoint.url().apply(ids);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.method() == RequestMethod.GET) {
			request = MockMvcRequestBuilders.get(url);
		}
		else if (endpoint.pattern().equals("/journal/import")) {
			request = MockMvcRequestBuilders.multipart(url)
				.file(new MockMultipartFile("file", "journal.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request = MockMvcRequestBuilders.post(url);
			endpoint.form().apply(ids).forEach(request::param);
		}
		if (as != null) {
			request.with(Runners.as(as.runner()));
		}
		if (withCsrf) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static Endpoint get(String pattern, boolean foreign, Function<Fixture, String> url) {
		return new Endpoint(RequestMethod.GET, pattern, foreign, url, f -> Map.of());
	}

	private static Endpoint post(String pattern, boolean foreign, Function<Fixture, String> url,
			Function<Fixture, Map<String, String>> form) {
		return new Endpoint(RequestMethod.POST, pattern, foreign, url, form);
	}



}
