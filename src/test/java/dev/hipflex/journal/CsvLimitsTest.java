package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
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

}
