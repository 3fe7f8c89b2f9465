package dev.hipflex.system;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads "today" and "now" from, in the JVM's time zone, so tests can fix it.
 * For testing on awkward dates (docs/operations.md, "Testing on any date") {@code hipflex.clock.start} moves
 * it: the clock shows that instant at the moment the JVM started and runs on from there, so throttles,
 * lockouts and expiry still tick. Every Spring context of a test JVM then agrees on the time, and a
 * restarted process starts at the same instant again.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final String START = "hipflex.clock.start";

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${" + START + ":}") String start) {
		Clock system = Clock.systemDefaultZone();
		if (start.isBlank()) {
			return system;
		}
		Instant jvmStarted = ProcessHandle.current().info().startInstant().orElseGet(system::instant);
		Clock moved = startingAt(start, system, jvmStarted);
		log.warn("The clock is moved for testing ({}={}): it reads {}", START, start, ZonedDateTime.now(moved));
		return moved;
	}

	/**
	 * The system clock moved so that it read {@code start} at {@code startedAt}. Without an offset or zone,
	 * {@code start} is a time in the clock's own zone.
	 */
	static Clock startingAt(String start, Clock system, Instant startedAt) {
		Instant at;
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(start.strip(), ZonedDateTime::from,
					LocalDateTime::from);
			at = parsed instanceof LocalDateTime local ? local.atZone(system.getZone()).toInstant()
					: Instant.from(parsed);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(START + " is “" + start + "”, not a date and time such as "
					+ "2027-02-28T23:30:00Z, 2027-02-28T23:30:00-05:00 or 2027-02-28T23:30 (in the JVM's time zone)", ex);
		}
		return Clock.offset(system, Duration.between(startedAt, at));
	}

}
