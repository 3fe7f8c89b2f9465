package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.hipflex.HipFlexApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default run: an H2 database in files under the data directory, created and seeded by Flyway on
 * the first start, and still there, unchanged and not seeded twice, after a restart.
 */
class DatabaseLifecycleTest {

	/** The default run's URL from application.properties, which the tests' own config replaces. */
	static final String PRODUCTION_URL = productionUrl();

	@TempDir
	Path dataDir;

	@Test
	void migratesAnEmptyDatabaseOnStartAndKeepsDataAcrossARestart() {
		int muscles;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = false",
					Integer.class)).isZero();
			muscles = jdbc.queryForObject("select count(*) from muscle", Integer.class);
			assertThat(muscles).isGreaterThanOrEqualTo(9);
			assertThat(jdbc.queryForObject("select count(*) from exercise", Integer.class)).isPositive();
			assertThat(jdbc.queryForObject("select count(*) from guide_page", Integer.class)).isGreaterThanOrEqualTo(4);
			jdbc.update("insert into source (slug, short_name, reference, study_design, position) "
					+ "values ('restart-check', 'Restart check', 'Written before the restart', 'test', 999)");
		}
		assertThat(Files.exists(dataDir.resolve("hipflex.mv.db"))).as("database file under the data dir").isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select reference from source where slug = 'restart-check'", String.class))
				.isEqualTo("Written before the restart");
			assertThat(jdbc.queryForObject("select count(*) from muscle", Integer.class)).as("not seeded twice")
				.isEqualTo(muscles);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(HipFlexApplication.class).run("--server.port=0",
				"--hipflex.data-dir=" + dataDir.toAbsolutePath(),
				"--spring.datasource.url=" + PRODUCTION_URL);
	}

	private static String productionUrl() {
		java.util.Properties properties = new java.util.Properties();
		try (var in = DatabaseLifecycleTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties.getProperty("spring.datasource.url");
	}

}
