package dev.hipflex.share;

import static org.mockito.Mockito.doAnswer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerZone;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the share tests have in common: a visitor's MockMvc (the clinician, no account), the runners' context and
 * the application's clock held still at {@code now}, which a test may move.
 */
abstract class ShareTestSupport {

	@Autowired
	MockMvc visitor;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	RunnerZone zones;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
	}

}
