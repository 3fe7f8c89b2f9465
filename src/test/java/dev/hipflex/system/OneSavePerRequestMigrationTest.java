package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code V14__one_save_per_request.sql} on a database that already holds what the races left behind: a
 * routine planned twice in the same slot of a day (merged into one) and a session saved twice (both kept:
 * only the runner can tell a double click from two sessions). On a private in-memory H2, or on PostgreSQL
 * in a schema of its own when {@code SPRING_DATASOURCE_URL} points there, as CI does.
 */
class OneSavePerRequestMigrationTest {

	private static final MigrationVersion V14 = MigrationVersion.fromVersion("14");

	@Test
	void duplicatePlannedRoutinesAreMergedAndDuplicateSessionsKept() {
		String schema = "v14_" + Long.toHexString(System.nanoTime());
		String url = System.getenv("SPRING_DATASOURCE_URL");
		boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
		// One connection throughout: H2 2.4 evaluates a CHECK in the session that created it, and fails once
		// that session is closed ("The database has been closed"), as the application's pool never does.
		SingleConnectionDataSource database = postgres
				? new SingleConnectionDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"), true)
				: new SingleConnectionDataSource("jdbc:h2:mem:" + schema, "sa", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		try {
			migrate(database, postgres, schema, versionBefore(database, postgres, schema));
			int templateItems = templateItems(jdbc);
			long account = insert(jdbc, "insert into account (email, password_hash, created_at) values (?, ?, ?)",
					"twice@example.org", "{noop}x", Timestamp.from(Instant.now()));
			long week = insert(jdbc, "insert into week_plan (name, summary, owner_id) values ('Mine', '', ?)", account);
			long monday = insert(jdbc,
					"insert into week_plan_day (week_plan_id, day_of_week, run_day) values (?, 1, true)", week);
			long routine = jdbc.queryForObject("select id from routine where slug = 'dynamic-warm-up'", Long.class);
			for (String slot : new String[] { "BEFORE_RUN", "BEFORE_RUN", "BEFORE_RUN", "SESSION" }) {
				jdbc.update("insert into week_plan_item (week_plan_day_id, routine_id, slot, position) values (?, ?, ?, 1)",
						monday, routine, slot);
			}
			for (int i = 0; i < 2; i++) {
				jdbc.update("""
						insert into training_session (account_id, session_date, effort, pain_during, created_at,
						  updated_at, version) values (?, DATE '2026-11-30', 5, 1, ?, ?, 0)""", account,
						Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
			}

			migrate(database, postgres, schema, V14);

			assertThat(jdbc.queryForList("select slot from week_plan_item where week_plan_day_id = ? order by slot",
					String.class, monday)).containsExactly("BEFORE_RUN", "SESSION");
			assertThat(templateItems(jdbc)).as("the recommended week is untouched").isEqualTo(templateItems);
			assertThat(jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
					account)).isEqualTo(2);
			assertThat(jdbc.queryForObject(
					"select count(*) from training_session where account_id = ? and form_token is null", Integer.class,
					account)).isEqualTo(2);
		}
		finally {
			if (postgres) {
				jdbc.execute("drop schema " + schema + " cascade");
			}
			database.destroy();
		}
	}

	/** The last migration before V14, whichever other migrations the branch has. */
	private static MigrationVersion versionBefore(SingleConnectionDataSource database, boolean postgres, String schema) {
		return Arrays.stream(flyway(database, postgres, schema, MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version != null && version.isNewerThan(MigrationVersion.EMPTY) && V14.isNewerThan(version))
			.max(MigrationVersion::compareTo)
			.orElseThrow();
	}

	private static void migrate(SingleConnectionDataSource database, boolean postgres, String schema,
			MigrationVersion target) {
		flyway(database, postgres, schema, target).migrate();
	}

	private static Flyway flyway(SingleConnectionDataSource database, boolean postgres, String schema,
			MigrationVersion target) {
		var configuration = Flyway.configure().dataSource(database).target(target);
		if (postgres) {
			configuration.schemas(schema);
		}
		return configuration.load();
	}

	private static int templateItems(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select count(*) from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id
				join week_plan w on w.id = d.week_plan_id where w.owner_id is null""", Integer.class);
	}

	private static long insert(JdbcTemplate jdbc, String sql, Object... arguments) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			return statement;
		}, key);
		return key.getKey().longValue();
	}

}
