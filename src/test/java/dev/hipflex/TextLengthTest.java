package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.hipflex.account.AccountService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every text a runner can submit fits its column on both databases: H2 counts a VARCHAR's length in UTF-16
 * units (an emoji or a rare CJK character is two), PostgreSQL in characters (one). Text with characters
 * outside the Basic Multilingual Plane exactly at a field's limit is saved as typed; one character more is
 * a 400 with a message, and nothing changes. Run on PostgreSQL with SPRING_DATASOURCE_URL (see the brief).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextLengthTest {

	/** An emoji (U+1F600) and a CJK Unified Ideographs Extension B character (U+20000): two UTF-16 units each. */
	static final String EMOJI = "\uD83D\uDE00";

	static final String CJK_EXTENSION_B = "\uD840\uDC00";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	private Fixture runner;

	@BeforeAll
	void aRunnerWithAWeek() throws Exception {
		runner = Fixture.create(mvc, jdbc, accounts, "text-length");
	}

	@ParameterizedTest
	@ValueSource(strings = { EMOJI, CJK_EXTENSION_B })
	void aDayNoteFillsItsThreeHundredUnitsAndNoMore(String character) throws Exception {
		String full = fill(character, 300);

		assertThat(post("/my/week/days/wednesday", Map.of("runDay", "true", "note", full)).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("""
				select d.note from week_plan_day d join week_plan w on w.id = d.week_plan_id
				where w.owner_id = ? and d.day_of_week = 3""", String.class, id())).isEqualTo(full);

		assertRefused(() -> post("/my/week/days/wednesday", Map.of("runDay", "true", "note", full + character)),
				"300 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { EMOJI, CJK_EXTENSION_B })
	void sessionNotesFillTheirTwoThousandUnitsAndNoMore(String character) throws Exception {
		String full = fill(character, 2000);

		assertThat(post("/journal", session("notes", full)).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select notes from training_session where account_id = ? and notes = ?",
				String.class, id(), full)).isEqualTo(full);

		assertRefused(() -> post("/journal", session("notes", full + character)), "2,000 characters");
		assertRefused(() -> post("/journal/" + runner.session(), edit("notes", full + character)), "2,000 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { EMOJI, CJK_EXTENSION_B })
	void aBandFillsItsFortyUnitsAndNoMore(String character) throws Exception {
		String full = fill(character, 40);

		String bands = """
				select count(*) from session_set x join training_session s on s.id = x.session_id
				where s.account_id = ? and x.band = ?""";
		int before = jdbc.queryForObject(bands, Integer.class, id(), full);

		assertThat(post("/journal", session("sets[0].band", full)).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject(bands, Integer.class, id(), full)).isEqualTo(before + 1);

		assertRefused(() -> post("/journal", session("sets[0].band", full + character)), "40 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { EMOJI, CJK_EXTENSION_B })
	void anImportedFileHoldsTextUpToEachColumnsUnitsAndNoMore(String character) throws Exception {
		String notes = fill(character, 2000);
		String routine = fill(character, 120);
		String band = fill(character, 40);

		MockHttpServletResponse imported = upload(csv(routine, notes, band));
		assertThat(imported.getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("""
				select count(*) from training_session s join session_set x on x.session_id = s.id
				where s.account_id = ? and s.notes = ? and s.routine_name = ? and x.band = ?""", Integer.class, id(),
				notes, routine, band)).isEqualTo(1);

		assertRefused(() -> upload(csv(routine, notes + character, band)), "notes is longer than 2,000 characters");
		assertRefused(() -> upload(csv(routine + character, notes, band)), "routine is longer than 120 characters");
		assertRefused(() -> upload(csv(routine, notes, band + character)), "band is longer than 40 characters");
	}

	@ParameterizedTest
	@ValueSource(ints = { 254, 255 })
	void anEmailFitsItsColumnOnceLowerCased(int length) throws Exception {
		// "İ" (U+0130) is one unit, and lower case makes it two ("i" and a combining dot above): the stored,
		// lower-cased address is what must fit. Ten of them and the rest ASCII: stored, it is ten units longer.
		String local = "\u0130".repeat(10) + "a".repeat(54);
		String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(length - 10 - 64 - 1 - 128 - 4)
				+ ".org";
		String email = local + "@" + domain;
		assertThat(email).hasSize(length - 10);
		assertThat(AccountService.normaliseEmail(email)).hasSize(length);
		Map<String, Integer> before = RunnerData.counts(jdbc);

		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/register")
			.param("email", email)
			.param("password", Runners.PASSWORD)
			.param("passwordRepeated", Runners.PASSWORD)
			.param("age", "16-or-older")
			.param("healthDataConsent", "true")
			.with(csrf())).andReturn().getResponse();

		Integer stored = jdbc.queryForObject("select count(*) from account where email = ?", Integer.class,
				AccountService.normaliseEmail(email));
		if (length <= 254) {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(stored).isEqualTo(1);
		}
		else {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select(".error-summary").text())
				.contains("254 characters");
			assertThat(stored).isZero();
			assertThat(RunnerData.counts(jdbc)).isEqualTo(before);
		}
	}

	@Test
	void textWithANulCharacterWhichPostgresqlCannotStoreIsRefusedWithAMessage() throws Exception {
		String nul = "easy\u0000run";

		// In a form, a NUL is refused before any page reads it (system/RefusedRequests: the 400 page saying the
		// form could not be read); in a CSV file, whose content no filter reads, the import names the column.
		assertUnreadable("/my/week/days/wednesday", Map.of("runDay", "true", "note", nul));
		assertUnreadable("/journal", session("notes", nul));
		assertUnreadable("/journal", session("sets[0].band", nul));
		assertRefused(() -> upload(csv(null, nul, null)), "Line 2: the column notes holds an invisible NUL");
		assertRefused(() -> upload(csv(nul, null, null)), "Line 2: the column routine holds an invisible NUL");

		// The login's email too: refused before the login's queries (it was a 500 on PostgreSQL).
		assertUnreadable("/login", Map.of("email", "runner\u0000@example.org", "password", Runners.PASSWORD));
	}

	/** {@code units} UTF-16 units of the two-unit character. */
	private static String fill(String character, int units) {
		assertThat(character).hasSize(2);
		assertThat(character.codePointCount(0, character.length())).isEqualTo(1);
		return character.repeat(units / 2);
	}

	/** A request whose answer is checked. */
	interface Request {

		MockHttpServletResponse send() throws Exception;

	}

	private void assertUnreadable(String url, Map<String, String> form) throws Exception {
		Map<String, Object> before = RunnerData.snapshot(jdbc, id());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(Runners.as(runner.runner()))
			.with(csrf());
		form.forEach(request::param);
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		// MockMvc does not render the error page: the message it would show is the one its attribute names.
		assertThat(result.getRequest().getAttribute("dev.hipflex.system.ErrorPages.messageKey"))
			.isEqualTo("error.400.unreadable");
		assertThat(RunnerData.snapshot(jdbc, id())).isEqualTo(before);
	}

	private void assertRefused(Request request, String message) throws Exception {
		Map<String, Object> before = RunnerData.snapshot(jdbc, id());
		MockHttpServletResponse response = request.send();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select(".error-summary").text())
			.contains(message);
		assertThat(RunnerData.snapshot(jdbc, id())).isEqualTo(before);
	}

	private MockHttpServletResponse post(String url, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(Runners.as(runner.runner()))
			.with(csrf());
		form.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private Map<String, String> session(String field, String value) {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("date",
				LocalDate.now(clock).minusDays(1).toString(), "effort", "5", "painDuring", "1", "sets[0].exercise",
				Long.toString(jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class)),
				"sets[0].amount", "10"));
		form.put(field, value);
		return form;
	}

	private Map<String, String> edit(String field, String value) {
		Map<String, String> form = session(field, value);
		form.put("version", jdbc.queryForObject("select version from training_session where id = ?", String.class,
				runner.session()));
		return form;
	}

	private String csv(String routine, String notes, String band) throws Exception {
		StringWriter out = new StringWriter();
		List<String> header = List.of("session", "date", "routine", "effort", "pain_during", "pain_next_morning",
				"notes", "exercise", "set", "reps", "hold_seconds", "load_kg", "band", "side");
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader(header.toArray(String[]::new))
			.get())) {
			printer.printRecord(1, LocalDate.now(clock).minusDays(2), routine, 5, 1, null, notes, "glute-bridge", 1, 10,
					null, null, band, "BOTH");
		}
		return out.toString();
	}

	private MockHttpServletResponse upload(String csv) throws Exception {
		return mvc.perform(multipart("/journal/import")
			.file(new MockMultipartFile("file", "journal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(Runners.as(runner.runner()))
			.with(csrf())).andReturn().getResponse();
	}

	private long id() {
		return runner.runner().id();
	}

}
