package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An import is bounded: a file with more sessions than one import may hold is refused whole, with a message. */
@SpringBootTest
@AutoConfigureMockMvc
class CsvLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void aFileWithMoreSessionsThanAnImportHoldsIsRefusedAndNothingIsImported() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "csv-limit");
		MvcResult result = upload(runner, file(JournalLimits.IMPORT_SESSIONS_MAX + 1, ",2024-01-01,,5,1,,,,,,,,,"));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Journals.page(result).select(".error-summary li").text())
			.contains("Line " + (JournalLimits.IMPORT_SESSIONS_MAX + 2) + ": a file can hold at most 20000 sessions");
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	@Test
	void aBigFileOfBadRowsIsRefusedWithItsFirstProblemsAndWordThatThereAreMore() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "csv-bad-dates");
		MvcResult result = upload(runner, file(JournalLimits.IMPORT_ROWS_MAX, BAD_DATE));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Journals.page(result);
		assertThat(page.select(".error-summary li")).hasSize(CsvReader.MAX_PROBLEMS);
		for (int line = 2; line <= CsvReader.MAX_PROBLEMS + 1; line++) {
			assertThat(page.select(".error-summary li").get(line - 2).text())
				.isEqualTo("Line " + line + ": “not-a-date” is not a date; write dates like 2026-11-23.");
		}
		assertThat(page.select(".error-summary").text())
			.contains("The file has more than " + CsvReader.MAX_PROBLEMS + " problems: these are the first "
					+ CsvReader.MAX_PROBLEMS)
			.doesNotContain("The file has " + JournalLimits.IMPORT_ROWS_MAX);
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	@Test
	void aFileWithAsManyProblemsAsAreListedSaysHowManyItHas() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "csv-twenty");
		String csv = file(CsvReader.MAX_PROBLEMS, BAD_DATE) + "21,2024-01-01,,5,1,,,glute-bridge,1,10,,,,BOTH\r\n";

		Document page = Journals.page(upload(runner, csv));

		assertThat(page.select(".error-summary li")).hasSize(CsvReader.MAX_PROBLEMS);
		assertThat(page.select(".error-summary").text())
			.contains("The file has " + CsvReader.MAX_PROBLEMS + " problems. Correct them")
			.doesNotContain("more than");
	}

	/** A session's row, after its number, with a date that is not one. */
	private static final String BAD_DATE = ",not-a-date,,5,1,,,glute-bridge,1,10,,,,BOTH";

	/** The header and one row for each of {@code sessions} sessions, numbered from 1. */
	private static String file(int sessions, String row) {
		StringBuilder csv = new StringBuilder(String.join(",", CsvFormat.HEADER)).append("\r\n");
		for (int session = 1; session <= sessions; session++) {
			csv.append(session).append(row).append("\r\n");
		}
		return csv.toString();
	}

	private MvcResult upload(CurrentRunner runner, String csv) throws Exception {
		return mvc.perform(multipart("/journal/import")
			.file(new MockMultipartFile("file", "journal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(Runners.as(runner))
			.with(csrf())).andReturn();
	}

}
