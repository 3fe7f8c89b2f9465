package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dev.hipflex.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link LoginsTest} with the postgres profile's session store, Spring Session JDBC: on a private in-memory
 * H2, or on PostgreSQL when SPRING_DATASOURCE_URL points there (CI's second run), as
 * {@code PostgresProfileSessionsTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:hipflex-sessions;DB_CLOSE_DELAY=-1}",
				"spring.datasource.username=${SPRING_DATASOURCE_USERNAME:sa}",
				"spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}" })
@ActiveProfiles("postgres")
class JdbcLoginsTest extends LoginsTest {

	@Test
	void aLoginItsStoreDoesNotFindIsLoggedOutByItsCredentialVersion() throws Exception {
		String email = register("unmarked");
		Browser here = loggedIn(email, FIREFOX_ON_WINDOWS);
		Browser other = loggedIn(email, SAFARI_ON_IPHONE);
		// As a session saved before logins were marked with the account id: indexed by email.
		String otherId = other.springSessionId();
		jdbc.update("""
				delete from spring_session_attributes where attribute_name = ?
				and session_primary_id = (select primary_id from spring_session where session_id = ?)""",
				FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, otherId);
		assertThat(jdbc.update("update spring_session set principal_name = ? where session_id = ?", email, otherId))
			.isEqualTo(1);

		assertThat(changePassword(here).statusCode()).isEqualTo(302);

		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				otherId)).as("not found by the store, so not ended there").isEqualTo(1);
		HttpResponse<String> posted = other.post("/journal", forms().get("/journal"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		assertThat(jdbc.queryForObject("""
				select count(*) from training_session s join account a on a.id = s.account_id where a.email = ?""",
				Integer.class, AccountService.normaliseEmail(email))).as("nothing saved").isZero();
		assertLoggedOut(other);
		assertThat(here.get("/journal").statusCode()).isEqualTo(200);
	}

}
