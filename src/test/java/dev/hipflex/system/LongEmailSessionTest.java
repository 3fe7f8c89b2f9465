package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the postgres profile a login is a row in {@code spring_session} that names the runner by email: a
 * runner with the longest email an account can have logs in and stays logged in. The same settings as
 * {@link PostgresProfileSessionsTest}, so the two share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:hipflex-sessions;DB_CLOSE_DELAY=-1}",
				"spring.datasource.username=${SPRING_DATASOURCE_USERNAME:sa}",
				"spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}" })
@ActiveProfiles("postgres")
class LongEmailSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunnerWithTheLongestEmailLogsInAndStaysLoggedIn() throws Exception {
		// A valid address: 64 characters before the @, labels of at most 63 after it.
		String unique = Long.toString(System.nanoTime(), 36);
		String label = unique + "d".repeat(AccountService.EMAIL_MAX_LENGTH - 64 - 1 - 128 - 4 - unique.length());
		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + label + ".org";
		assertThat(email).hasSize(AccountService.EMAIL_MAX_LENGTH);
		accounts.register(email, Runners.PASSWORD);
		Browser browser = new Browser(port);

		assertThat(browser.logIn(email, Runners.PASSWORD)).isTrue();
		HttpResponse<String> journal = browser.get("/journal");

		assertThat(journal.statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email)).isEqualTo(1);
	}

}
