package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class CsvTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void exportsEverySetOfTheRunnersOwnSessionsAsUtf8CsvWithAHeader() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "export");
		CurrentRunner other = Runners.create(accounts, "other");
		long first = session(runner, LocalDate.of(2026, 11, 2), "Hip strength A", 6, 2, 3, "Felt fine, “quoted” ; comma, too");
		set(first, "glute-bridge", 1, 12, null, null, null, "BOTH");
		set(first, "standing-hip-flexion", 2, 10, null, "2.5", null, "LEFT");
		long second = session(runner, LocalDate.of(2026, 11, 5), null, 4, 0, null, null);
		set(second, "kneeling-hip-flexor-stretch", 1, null, 30, null, "light band", "RIGHT");
		session(runner, LocalDate.of(2026, 11, 7), null, 3, 1, null, "no sets today");
		set(session(other, LocalDate.of(2026, 11, 3), null, 9, 9, 9, "not mine"), "glute-bridge", 1, 99, null, null,
				null, "BOTH");

		MockHttpServletResponse response = mvc.perform(get("/journal/export.csv").with(Runners.as(runner)))
			.andReturn().getResponse();

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(String.join(",", CsvFormat.HEADER) + "\r\n").doesNotContain("not mine");
		List<CSVRecord> rows = CsvFormat.READ.parse(new StringReader(csv)).getRecords();
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).get("notes")).isEqualTo("Felt fine, “quoted” ; comma, too");
		assertThat(rows.get(1).get("load_kg")).isEqualTo("2.5");
		assertThat(rows.get(1).get("set")).isEqualTo("2");
		assertThat(rows.get(2).get("band")).isEqualTo("light band");
		assertThat(rows.get(2).get("hold_seconds")).isEqualTo("30");
		assertThat(rows.get(3).get("exercise")).isEmpty();
		assertThat(rows.get(3).get("notes")).isEqualTo("no sets today");
	}

	@Test
	void importsAnExportIntoAnotherAccountAndASecondImportAddsNothing() throws Exception {
		CurrentRunner from = Runners.create(accounts, "from");
		long id = session(from, LocalDate.of(2026, 10, 20), "Hip strength B", 7, 3, 2, "Line one\nline two");
		set(id, "forward-lunge", 1, 10, null, "10", null, "BOTH");
		set(id, "forward-lunge", 2, 8, null, "10", null, "BOTH");
		session(from, LocalDate.of(2026, 10, 22), null, 2, 0, null, null);
		byte[] file = mvc.perform(get("/journal/export.csv").with(Runners.as(from))).andReturn().getResponse()
			.getContentAsByteArray();
		CurrentRunner to = Runners.create(accounts, "to");

		MvcResult first = upload(to, file);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/journal");
		assertThat((Object[]) first.getFlashMap().get("messageArguments")).containsExactly(2, 0);
		assertThat(count("training_session", to)).isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				select count(*) from session_set ss join training_session s on s.id = ss.session_id
				where s.account_id = ?""", Integer.class, to.id())).isEqualTo(2);
		assertThat(jdbc.queryForObject("select notes from training_session where account_id = ? and effort = 7",
				String.class, to.id())).isEqualTo("Line one\nline two");

		MvcResult again = upload(to, file);
		assertThat((Object[]) again.getFlashMap().get("messageArguments")).containsExactly(0, 2);
		assertThat(count("training_session", to)).isEqualTo(2);

		MvcResult intoOwnAccount = upload(from, file);
		assertThat((Object[]) intoOwnAccount.getFlashMap().get("messageArguments")).containsExactly(0, 2);
		assertThat(count("training_session", from)).isEqualTo(2);
	}

	/** Text a spreadsheet would run as a formula, and text that looks like such text escaped. */
	static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2",
			"@SUM(A1:A9)", "\t=1+1", "\r=1+1", "-", "'=already quoted", "''+twice", "'-", "'@x");

	/** Text that starts with something else, quotes included, is written as it is. */
	static final List<String> PLAIN = List.of("'Twas a good run", "'", "''", "Easy = good", "1-2 km", "“=quoted”");

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsExportedWithAQuoteInFront() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "formula-export");
		LocalDate day = LocalDate.now(clock).minusDays(1);
		for (String text : FORMULA_LIKE) {
			long id = session(runner, day, text, 5, 1, null, text);
			set(id, "glute-bridge", 1, 10, null, null, text, "BOTH");
		}
		for (String text : PLAIN) {
			session(runner, day, text, 5, 1, null, text);
		}

		String csv = mvc.perform(get("/journal/export.csv").with(Runners.as(runner))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<CSVRecord> rows = CsvFormat.READ.parse(new StringReader(csv)).getRecords();
		assertThat(rows).hasSize(FORMULA_LIKE.size() + PLAIN.size());
		for (int i = 0; i < FORMULA_LIKE.size(); i++) {
			String escaped = "'" + FORMULA_LIKE.get(i);
			assertThat(rows.get(i).get("notes")).isEqualTo(escaped);
			assertThat(rows.get(i).get("routine")).isEqualTo(escaped);
			assertThat(rows.get(i).get("band")).isEqualTo(escaped);
		}
		for (int i = 0; i < PLAIN.size(); i++) {
			assertThat(rows.get(FORMULA_LIKE.size() + i).get("notes")).isEqualTo(PLAIN.get(i));
		}
		for (CSVRecord row : rows) {
			for (String cell : row.values()) {
				assertThat(cell).as("no cell starts as a formula").doesNotMatch("(?s)[=+\\-@\t\r].*");
			}
		}
	}

	@Test
	void anExportImportsBackWithEveryTextExactlyAsItWas() throws Exception {
		CurrentRunner from = Runners.create(accounts, "formula-from");
		List<String> texts = new java.util.ArrayList<>(FORMULA_LIKE);
		texts.addAll(PLAIN);
		LocalDate day = LocalDate.now(clock).minusDays(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			long id = session(from, day.plusDays(i), texts.get(i), 5, 1, null, texts.get(i));
			set(id, "glute-bridge", 1, 10, null, null, texts.get(i), "BOTH");
		}
		byte[] file = mvc.perform(get("/journal/export.csv").with(Runners.as(from))).andReturn().getResponse()
			.getContentAsByteArray();
		CurrentRunner to = Runners.create(accounts, "formula-to");

		MvcResult imported = upload(to, file);

		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/journal");
		assertThat(jdbc.queryForList("""
				select s.routine_name, s.notes, x.band from training_session s
				join session_set x on x.session_id = s.id where s.account_id = ? order by s.session_date""",
				to.id())).extracting(row -> List.of(row.get("ROUTINE_NAME"), row.get("NOTES"), row.get("BAND")))
			.containsExactlyElementsOf(texts.stream().map(text -> List.<Object>of(text, text, text)).toList());
		// The same sessions, read back from the file, are recognised as the ones the journal has.
		assertThat((Object[]) upload(from, file).getFlashMap().get("messageArguments")).containsExactly(0,
				texts.size());
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeWithLineNumbersAndNothingIsImported() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "bad");
		String header = String.join(",", CsvFormat.HEADER);
		String csv = header + "\r\n" + "1,2026-11-01,,5,2,,,glute-bridge,1,10,,,,BOTH\r\n"
				+ "2,2026-11-02,,eleven,2,,,glute-bridge,1,10,,,,BOTH\r\n"
				+ "3,3026-01-01,,5,2,,,glute-bridge,1,10,,,,BOTH\r\n"
				+ "4,2026-11-03,,5,2,,,deadlift,1,10,,,,BOTH\r\n"
				+ "5,2026-11-04,,5,2,,,glute-bridge,1,10,30,,,BOTH\r\n"
				+ "6,2026-11-05,,5,2,,,glute-bridge,1,10,,5,red band,BOTH\r\n"
				+ "7,2026-11-06,,5,2,,,glute-bridge,1,-3,,,,UP\r\n"
				+ "1,2026-11-09,,5,2,,,glute-bridge,2,10,,,,BOTH\r\n"
				+ "8,2026-11-07,,5,2,,<script>alert(1)</script>,glute-bridge,1,10,,,,BOTH\r\n";

		MvcResult result = upload(runner, csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String problems = page.select(".error-summary li").text();
		assertThat(problems).contains("Line 3: effort must be a whole number from 0 to 10, not “eleven”",
				"Line 4: the date 3026-01-01 is outside", "Line 5: “deadlift” is not an exercise",
				"Line 6: a set has either reps or hold_seconds", "Line 7: a set has either a load_kg or a band",
				"Line 8: reps must be a whole number from 1 to 1000, not “-3”", "Line 8: side must be BOTH",
				"Line 9: this row belongs to session 1");
		assertThat(page.select(".error-summary").text()).contains("Nothing was imported");
		assertThat(count("training_session", runner)).isZero();
	}

	@Test
	void refusesFilesThatAreNotAJournalCsv() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "odd");
		assertProblem(runner, "name,age\r\nx,1\r\n".getBytes(StandardCharsets.UTF_8), "the first line must be the header");
		assertProblem(runner, new byte[] { (byte) 0xff, (byte) 0xfe, 0x00, 0x41 }, "not UTF-8");
		assertProblem(runner, (String.join(",", CsvFormat.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8),
				"no sessions");
		assertProblem(runner, (String.join(",", CsvFormat.HEADER) + "\r\n1,\"2026-11-01,oops\r\n")
			.getBytes(StandardCharsets.UTF_8), "cannot be read");
		assertProblem(runner, new byte[0], "Choose a CSV file");
		// Without a file there are no problems in it to count.
		assertThat(Jsoup.parse(upload(runner, new byte[0]).getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select(".error-summary").text()).doesNotContain("The file has");
		assertThat(count("training_session", runner)).isZero();
	}

	@Test
	void aSpreadsheetsByteOrderMarkIsAccepted() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "bom");
		byte[] body = (String.join(",", CsvFormat.HEADER) + "\r\n1,2026-11-01,,5,2,,,glute-bridge,1,10,,,,both\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(body, 0, withBom, 3, body.length);

		assertThat(upload(runner, withBom).getResponse().getRedirectedUrl()).isEqualTo("/journal");
		assertThat(count("training_session", runner)).isEqualTo(1);
	}

	@Test
	void visitorsCannotExportOrImport() throws Exception {
		assertThat(mvc.perform(get("/journal/export.csv")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		assertThat(mvc.perform(multipart("/journal/import").file(new MockMultipartFile("file", new byte[] { 1 }))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	private void assertProblem(CurrentRunner runner, byte[] file, String message) throws Exception {
		MvcResult result = upload(runner, file);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select(".error-summary").text()).contains(message);
	}

	private MvcResult upload(CurrentRunner runner, byte[] file) throws Exception {
		return mvc.perform(multipart("/journal/import")
			.file(new MockMultipartFile("file", "journal.csv", "text/csv", file))
			.with(Runners.as(runner))
			.with(csrf())).andReturn();
	}

	private long session(CurrentRunner runner, LocalDate date, String routine, int effort, int pain, Integer morning,
			String notes) {
		return Journals.insertSession(jdbc, runner.id(), date, routine, effort, pain, morning, notes);
	}

	private void set(long session, String exercise, int position, Integer reps, Integer hold, String load, String band,
			String side) {
		jdbc.update("""
				insert into session_set (session_id, exercise_id, position, reps, hold_seconds, load_kg, band, side)
				values (?, (select id from exercise where slug = ?), ?, ?, ?, ?, ?, ?)""", session, exercise, position,
				reps, hold, load == null ? null : new java.math.BigDecimal(load), band, side);
	}

	private int count(String table, CurrentRunner runner) {
		return jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Integer.class,
				runner.id());
	}

}
