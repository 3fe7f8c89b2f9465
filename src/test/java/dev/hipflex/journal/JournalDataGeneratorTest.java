package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import dev.hipflex.DateSensitive;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

@SpringBootTest
@DateSensitive
class JournalDataGeneratorTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AccountService accounts;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void generatesExactlyTheSetsAskedForInRealisticSessionsThatKeepEveryRule() {
		CurrentRunner runner = Runners.create(accounts, "generated");

		JournalDataGenerator.Result result = new JournalDataGenerator(dataSource, clock, 42).generate(runner.id(), 2000);

		assertThat(result.sets()).isEqualTo(2000);
		assertThat(count("select count(*) from session_set s join training_session t on t.id = s.session_id "
				+ "where t.account_id = ?", runner.id())).isEqualTo(2000);
		assertThat(count("select count(*) from training_session where account_id = ?", runner.id()))
			.isEqualTo(result.sessions());
		assertThat(result.last()).isBeforeOrEqualTo(LocalDate.now(clock)).isAfter(LocalDate.now(clock).minusWeeks(1));

		List<Map<String, Object>> sessions = jdbc.queryForList("""
				select t.id, t.session_date, count(*) as sets, count(distinct s.exercise_id) as exercises,
				       max(s.position) as last_position
				from training_session t join session_set s on s.session_id = t.id
				where t.account_id = ? group by t.id, t.session_date order by t.session_date""", runner.id());
		assertThat(sessions).hasSize(result.sessions());
		LocalDate oldest = date(sessions.get(0).get("session_date"));
		assertThat(oldest).isEqualTo(result.first());
		assertThat(date(sessions.get(sessions.size() - 1).get("session_date"))).isEqualTo(result.last());
		for (Map<String, Object> session : sessions) {
			long sets = number(session.get("sets"));
			assertThat(number(session.get("last_position"))).isEqualTo(sets);
			if (!date(session.get("session_date")).equals(oldest)) {
				assertThat(sets).as("2-3 sets of 5-6 exercises").isBetween(10L, 18L);
				assertThat(number(session.get("exercises"))).isBetween(5L, 6L);
			}
		}
		Map<LocalDate, Integer> perWeek = new TreeMap<>();
		sessions.forEach(session -> perWeek.merge(
				date(session.get("session_date")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1,
				Integer::sum));
		List<Integer> wholeWeeks = List.copyOf(perWeek.values()).subList(1, perWeek.size() - 1);
		assertThat(wholeWeeks).isNotEmpty().allMatch(n -> n >= 2 && n <= 3);

		// What the CHECK constraints ask, and the journal's own limits.
		assertThat(count("""
				select count(*) from training_session where account_id = ? and (effort not between 0 and 10
				or pain_during not between 0 and 10 or pain_next_morning not between 0 and 10
				or routine_id is null or routine_name is null)""", runner.id())).isZero();
		assertThat(count("""
				select count(*) from session_set s join training_session t on t.id = s.session_id
				where t.account_id = ? and not (
				  ((s.reps is not null and s.hold_seconds is null) or (s.reps is null and s.hold_seconds is not null))
				  and (s.reps is null or s.reps between 1 and 1000)
				  and (s.hold_seconds is null or s.hold_seconds between 1 and 3600)
				  and (s.load_kg is null or s.load_kg between 0 and 500)
				  and not (s.load_kg is not null and s.band is not null)
				  and s.side in ('BOTH', 'LEFT', 'RIGHT'))""", runner.id())).isZero();
		assertThat(count("select count(*) from training_session where account_id = ? and pain_next_morning is null",
				runner.id())).isPositive().isLessThan(result.sessions());
		assertThat(count("""
				select count(*) from session_set s join training_session t on t.id = s.session_id
				where t.account_id = ? and s.hold_seconds is not null""", runner.id())).isPositive();
		assertThat(count("""
				select count(*) from training_session t join routine r on r.id = t.routine_id
				where t.account_id = ? and r.kind <> 'STRENGTH'""", runner.id())).isZero();
	}

	@Test
	void runningAgainAddsOlderSessionsAndOtherRunnersAreUntouched() {
		CurrentRunner runner = Runners.create(accounts, "generated-twice");
		CurrentRunner other = Runners.create(accounts, "generated-other");
		JournalDataGenerator.Result recent = new JournalDataGenerator(dataSource, clock, 1).generate(runner.id(), 100);

		JournalDataGenerator.Result older = new JournalDataGenerator(dataSource, clock, 2).generate(runner.id(), 50);

		assertThat(older.last()).isBefore(recent.first());
		assertThat(count("select count(*) from session_set s join training_session t on t.id = s.session_id "
				+ "where t.account_id = ?", runner.id())).isEqualTo(150);
		assertThat(count("select count(*) from training_session where account_id = ?", other.id())).isZero();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JournalDataGenerator(dataSource, clock, 1).generate(runner.id(), 0));
	}

	@Test
	void fromTheCommandLineItCreatesTheAccountWithAPasswordThatFollowsTheRules() {
		String email = "generated-" + java.util.UUID.randomUUID() + "@example.org";
		MockEnvironment weak = new MockEnvironment().withProperty("hipflex.generate.email", email)
			.withProperty("hipflex.generate.password", "short");
		assertThatIllegalArgumentException().isThrownBy(() -> JournalDataGenerator.generate(weak, context))
			.withMessageContaining("at least 10 characters");

		MockEnvironment environment = new MockEnvironment().withProperty("hipflex.generate.email", email)
			.withProperty("hipflex.generate.password", "a long enough passphrase")
			.withProperty("hipflex.generate.sets", "30");
		JournalDataGenerator.Result result = JournalDataGenerator.generate(environment, context);

		assertThat(result.sets()).isEqualTo(30);
		CurrentRunner created = (CurrentRunner) accounts.loadUserByUsername(email);
		assertThat(accounts.passwordMatches(created.id(), "a long enough passphrase", "127.0.0.1")).isTrue();
		assertThat(JournalDataGenerator.generate(environment, context).sets()).as("an existing account gets more sets").isEqualTo(30);
		assertThat(count("select count(*) from session_set s join training_session t on t.id = s.session_id "
				+ "where t.account_id = ?", created.id())).isEqualTo(60);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}

}
