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
		StringBuilder csv = new StringBuilder(String.join(",", CsvFormat.HEADER)).append("\r\n");
		for (int session = 1; session <= JournalLimits.IMPORT_SESSIONS_MAX + 1; session++) {
			csv.append(session).append(",2024-01-01,,5,1,,,,,,,,,\r\n");
		}

		MvcResult result = mvc.perform(multipart("/journal/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(Runners.as(runner))
			.with(csrf())).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Journals.page(result).select(".error-summary li").text())
			.contains("Line " + (JournalLimits.IMPORT_SESSIONS_MAX + 2) + ": a file can hold at most 20000 sessions");
		assertThat(Journals.sessions(jdbc, runner)).isZero();
	}

	@Test
	void aBigFileOfBadRowsIsRefusedWithItsFirstProblemsAndWordThatThereAreMore() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "csv-bad-dates");
		StringBuilder csv = new StringBuilder(String.join(",", CsvFormat.HEADER)).append("\r\n");
		for (int session = 1; session <= JournalLimits.IMPORT_ROWS_MAX; session++) {
			csv.append(session).append(",not-a-date,,5,1,,,glute-bridge,1,10,,,,BOTH\r\n");
		}

		MvcResult result = upload(runner, csv.toString());

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
		StringBuilder csv = new StringBuilder(String.join(",", CsvFormat.HEADER)).append("\r\n");
		for (int session = 1; session <= CsvReader.MAX_PROBLEMS; session++) {
			csv.append(session).append(",not-a-date,,5,1,,,glute-bridge,1,10,,,,BOTH\r\n");
		}
		csv.append("21,2024-01-01,,5,1,,,glute-bridge,1,10,,,,BOTH\r\n");

		Document page = Journals.page(upload(runner, csv.toString()));

		assertThat(page.select(".error-summary li")).hasSize(CsvReader.MAX_PROBLEMS);
		assertThat(page.select(".error-summary").text())
			.contains("The file has " + CsvReader.MAX_PROBLEMS + " problems. Correct them")
			.doesNotContain("more than");
	}

	private MvcResult upload(CurrentRunner runner, String csv) throws Exception {
		return mvc.perform(multipart("/journal/import")
			.file(new MockMultipartFile("file", "journal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(Runners.as(runner))
			.with(csrf())).andReturn();
	}

}
