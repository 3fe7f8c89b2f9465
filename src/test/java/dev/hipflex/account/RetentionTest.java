package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hipflex.DateSensitive;
import dev.hipflex.Fixture;
import dev.hipflex.RunnerData;
import dev.hipflex.Runners;
import dev.hipflex.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code hipflex.retention.inactive-after=P3Y} (and the default 30 days' warning), an account nobody has
 * logged in to for 3 years less 30 days gets one warning mail; 30 days later, still unused, it is deleted with
 * everything in it; logging in in between keeps it. The job is run directly, with the clock moved. The accounts'
 * last use is set years back rather than the clock moved years ahead, so other tests' accounts are never due.
 */
@SpringBootTest(properties = { "hipflex.retention.inactive-after=P3Y", "hipflex.base-url=https://hipflex.example.org/",
		"hipflex.mail.from=HipFlex <hipflex@example.org>" })
@AutoConfigureMockMvc
@DateSensitive
class RetentionTest {

	@DynamicPropertySource
	static void mailServerAndADatabaseOfItsOwn(DynamicPropertyRegistry registry) {
		TestSmtp.configure(registry);
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			// The job acts on every account: on H2, only on this class's.
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:hipflex-retention;DB_CLOSE_DELAY=-1");
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	RetentionJob job;

	@MockitoSpyBean
	Clock clock;

	@MockitoSpyBean
	AccountMail mail;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void anAccountUnusedSinceItWasMadeIsWarnedOnceThenDeletedWithEverythingInIt() throws Exception {
		Fixture fixture = Fixture.create(mvc, jdbc, accounts, "unused");
		CurrentRunner runner = fixture.runner();
		lastUsed("created_at", runner, utc().minus(Period.ofYears(3)).plusDays(29));

		job.run();
		job.run();

		MimeMessage warning = TestSmtp.onlyMailTo(runner.email());
		assertThat(warning.getSubject()).isEqualTo("Your HipFlex account will be deleted unless you log in");
		String text = TestSmtp.text(warning);
		assertThat(text).contains("https://hipflex.example.org/login",
				utc().plusDays(30).toLocalDate().toString());
		assertThat(exists(runner)).isTrue();

		now = now.plus(Duration.ofDays(30)).minusSeconds(1);
		job.run();
		assertThat(exists(runner)).as("29 days 23:59:59 after the warning").isTrue();

		now = now.plusSeconds(1);
		job.run();
		assertThat(exists(runner)).isFalse();
		assertThat(RunnerData.snapshot(jdbc, runner.id()).values())
			.allSatisfy(rows -> assertThat(rows).asString().isIn("[]", "{}", "null"));
		assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);
	}

	@Test
	void aLoginIsRecordedAndClearsTheWarningSoTheAccountStays() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "returning");
		lastUsed("created_at", runner, utc().minus(Period.ofYears(4)));
		job.run();
		assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);

		now = now.plus(Duration.ofDays(10));
		mvc.perform(formLogin("/login").user("email", runner.email()).password(Runners.PASSWORD));

		Map<String, Object> row = jdbc.queryForMap("select last_login_at, retention_warned_at from account where id = ?",
				runner.id());
		assertThat(((Timestamp) row.get("last_login_at")).toLocalDateTime()).isEqualTo(utc());
		assertThat(row.get("retention_warned_at")).isNull();
		now = now.plus(Duration.ofDays(60));
		job.run();
		assertThat(exists(runner)).isTrue();
		assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);
	}

	@Test
	void aWarningThatCouldNotBeSentIsTriedAgainAndNothingIsDeletedWithoutIt() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "unreachable");
		lastUsed("created_at", runner, utc().minus(Period.ofYears(4)));
		doThrow(new IllegalStateException("the mail server is down")).when(mail)
			.retentionWarning(eq(runner.email()), any());

		job.run();
		assertThat(jdbc.queryForObject("select retention_warned_at from account where id = ?", Timestamp.class,
				runner.id())).isNull();
		now = now.plus(Duration.ofDays(40));
		job.run();
		assertThat(exists(runner)).as("never warned, so never deleted").isTrue();

		doCallRealMethod().when(mail).retentionWarning(eq(runner.email()), any());
		job.run();
		assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);
		assertThat(exists(runner)).isTrue();
	}

	@Test
	void anAccountUsedRecentlyIsLeftAlone() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "recent");
		lastUsed("last_login_at", runner, utc().minus(Period.ofYears(3)).plusDays(31));
		lastUsed("created_at", runner, utc().minus(Period.ofYears(10)));

		job.run();

		assertThat(TestSmtp.mailsTo(runner.email())).isEmpty();
		assertThat(jdbc.queryForObject("select retention_warned_at from account where id = ?", Timestamp.class,
				runner.id())).isNull();
	}

	@Test
	void twoInstancesRunningAtOnceWarnOnceAndDeleteOnce() throws Exception {
		List<CurrentRunner> runners = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			CurrentRunner runner = Runners.create(accounts, "twice");
			lastUsed("created_at", runner, utc().minus(Period.ofYears(5)));
			runners.add(runner);
		}
		atOnce();
		for (CurrentRunner runner : runners) {
			assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);
		}
		now = now.plus(Duration.ofDays(30));
		atOnce();
		for (CurrentRunner runner : runners) {
			assertThat(exists(runner)).isFalse();
			assertThat(TestSmtp.mailsTo(runner.email())).hasSize(1);
		}
	}

	@Test
	void thePrivacyPageSaysHowLongUnusedAccountsAreKept() throws Exception {
		String text = Jsoup.parse(mvc.perform(get("/privacy")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).select("main").text();

		assertThat(text).contains("If nobody logs in to your account for 3 years", "a warning 30 days before")
			.doesNotContain("does not delete accounts");
	}

	private void atOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					job.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	private LocalDateTime utc() {
		return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
	}

	private void lastUsed(String column, CurrentRunner runner, LocalDateTime at) {
		jdbc.update("update account set " + column + " = ? where id = ?", Timestamp.valueOf(at), runner.id());
	}

	private boolean exists(CurrentRunner runner) {
		return jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, runner.id()) == 1;
	}

}
