package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The application's clock: the system's unless {@code hipflex.clock.start} moves it, and then a running
 * clock that read the given instant when the JVM started, in the JVM's time zone.
 */
class ClockConfigurationTest {

	private static final Instant JVM_STARTED = Instant.parse("2026-12-07T10:00:00Z");

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ClockConfiguration.class);

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void emptyItIsTheSystemClockInTheJvmsZone(String start) {
		// Set, if empty, to win over HIPFLEX_CLOCK_START when the suite itself runs with a moved clock. The one
		// place a test reads the system's clock and zone: it checks that the application does.
		context.withPropertyValues("hipflex.clock.start=" + start)
			.run(started -> assertThat(started.getBean(Clock.class)).isEqualTo(Clock.systemDefaultZone()));
	}

	@Test
	void setItStartsAtThatInstantAndRunsOn() throws InterruptedException {
		Instant start = Instant.parse("2027-02-28T23:30:00Z");
		context.withPropertyValues("hipflex.clock.start=" + start).run(started -> {
			Clock clock = started.getBean(Clock.class);
			Instant first = clock.instant();
			// The JVM started before this test: the clock has run on since, but not by hours.
			assertThat(first).isAfter(start).isBefore(start.plus(Duration.ofHours(2)));
			assertThat(clock.getZone()).isEqualTo(Clock.systemDefaultZone().getZone());
			Thread.sleep(50);
			assertThat(Duration.between(first, clock.instant())).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		});
	}

	@ParameterizedTest
	@CsvSource({ "2027-02-28T23:30:00Z, Europe/London, 2027-02-28T23:30:05Z",
			"2027-02-28T23:30:00-05:00, Europe/London, 2027-03-01T04:30:05Z",
			"2027-03-14T01:50:00-05:00[America/New_York], UTC, 2027-03-14T06:50:05Z",
			"2027-02-28T23:30, America/New_York, 2027-03-01T04:30:05Z",
			"' 2028-01-01T00:30:00+14:00 ', UTC, 2027-12-31T10:30:05Z" })
	void theStartIsAnInstantOrATimeInTheClocksZone(String start, String zone, String fiveSecondsLater) {
		Clock system = Clock.fixed(JVM_STARTED.plusSeconds(5), ZoneId.of(zone));

		Clock clock = ClockConfiguration.startingAt(start, system, JVM_STARTED);

		assertThat(clock.instant()).isEqualTo(fiveSecondsLater);
		assertThat(clock.getZone()).isEqualTo(ZoneId.of(zone));
	}

	@Test
	void aStartThatIsNotADateAndTimeStopsTheApplicationWithTheReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClockConfiguration.startingAt("tomorrow", Clock.systemUTC(), JVM_STARTED))
			.withMessageContaining("hipflex.clock.start is “tomorrow”, not a date and time such as 2027-02-28T23:30:00Z");
		context.withPropertyValues("hipflex.clock.start=2027-02-30T23:30:00Z")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.hasStackTraceContaining("hipflex.clock.start is “2027-02-30T23:30:00Z”, not a date and time"));
	}

}
