package dev.hipflex.journal;

import java.time.Clock;
import java.time.LocalDate;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What the pause tests share: a new runner for each test, today from the application's clock, pauses put in. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class RunnerPausing {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	CurrentRunner runner;

	LocalDate today;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "pause");
		today = LocalDate.now(clock);
	}

	/** Puts a pause in the database directly, for tests of what it changes elsewhere. */
	void pause(CurrentRunner who, LocalDate from, LocalDate to, String reason, String note) {
		jdbc.update("""
				insert into training_pause (account_id, starts_on, ends_on, reason, note, created_at)
				values (?, ?, ?, ?, ?, current_timestamp)""", who.id(), from, to, reason, note);
	}

}
