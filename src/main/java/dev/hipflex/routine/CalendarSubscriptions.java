package dev.hipflex.routine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.hipflex.system.BaseUrl;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A runner's calendar subscription (tables {@code calendar_subscription} and {@code calendar_event}): a secret
 * feed address of their week. The token in the address has 256 random bits and is never stored, only its
 * SHA-256 hash, so the feed is found by an index lookup of the hash and a copy of the database opens no feed.
 * <p>
 * The feed remembers what it served of each day: when a day's event reads differently from the last time, its
 * {@code SEQUENCE} goes up by one and its {@code LAST-MODIFIED} and {@code DTSTAMP} become now, so calendar
 * apps take the new version; an unchanged event is served exactly as before. Comparing what is served,
 * rather than counting edits, raises the number for every change a calendar can see (a routine added or
 * removed, a dose, a day's note, the reminder) and for nothing else.
 */
@Service
public class CalendarSubscriptions {

	/** 256 bits: at least 128 are asked for, and more cost nothing. */
	static final int BYTES = 32;

	/** What a day that has left the feed is remembered as, so its return raises the sequence. */
	static final String REMOVED = "REMOVED";

	/**
	 * The reminders a runner can choose, in minutes from the start of the event's day: the evening before at
	 * 18:00 to 21:00, or the morning of the day at 06:00 to 08:00.
	 */
	public static final List<Integer> REMINDERS = List.of(-360, -300, -240, -180, 360, 420, 480);

	/** A runner's subscription as the page shows it: the token is not among it, it is not kept. */
	public record Subscription(LocalDate created, Integer reminderMinutes) {
	}

	private record Found(long accountId, String feedId, Integer reminderMinutes) {
	}

	private record Served(String hash, int sequence, LocalDate first, Instant modified) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final WeekService weeks;

	private final WeekCalendar calendar;

	private final BaseUrl base;

	CalendarSubscriptions(JdbcTemplate jdbc, Clock clock, WeekService weeks, WeekCalendar calendar, BaseUrl base) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.weeks = weeks;
		this.calendar = calendar;
		this.base = base;
	}

	/** The runner's subscription, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Subscription> of(long accountId) {
		return jdbc.query("select created_at, reminder_minutes from calendar_subscription where account_id = ?",
				(rs, row) -> new Subscription(rs.getTimestamp("created_at").toLocalDateTime().toLocalDate(),
						(Integer) rs.getObject("reminder_minutes")),
				accountId).stream().findFirst();
	}

	/**
	 * A new feed token for the runner; the address they had before stops working at once. The events keep
	 * their UIDs and sequences, so a calendar given the new address carries on. Returns the token, for the
	 * address shown this once: it is not kept anywhere.
	 */
	@Transactional
	public String create(long accountId) {
		String token = newToken();
		int replaced = jdbc.update("update calendar_subscription set token_hash = ?, created_at = ? where account_id = ?",
				hash(token), utc(clock.instant()), accountId);
		if (replaced == 0) {
			jdbc.update("""
					insert into calendar_subscription (account_id, token_hash, feed_id, created_at)
					values (?, ?, ?, ?)""", accountId, hash(token), newToken().substring(0, 22), utc(clock.instant()));
		}
		return token;
	}

	/** Ends the subscription: its address answers 404 from now on. */
	@Transactional
	public boolean revoke(long accountId) {
		return jdbc.update("delete from calendar_subscription where account_id = ?", accountId) == 1;
	}

	/** Sets the reminder (one of {@link #REMINDERS}, or null for none); false without a subscription. */
	@Transactional
	public boolean remind(long accountId, Integer minutes) {
		if (minutes != null && !REMINDERS.contains(minutes)) {
			throw new IllegalArgumentException("not a reminder: " + minutes);
		}
		return jdbc.update("update calendar_subscription set reminder_minutes = ? where account_id = ?", minutes,
				accountId) == 1;
	}

	/**
	 * The feed of the token's runner, or empty for a token that is not (or no longer) a subscription's. The
	 * subscription's row is locked while the events are compared and stored, so two calendars refreshing at
	 * once raise a changed event's sequence once.
	 */
	@Transactional
	public Optional<String> feed(String token, Locale locale) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Found> found = jdbc.query("""
				select account_id, feed_id, reminder_minutes from calendar_subscription where token_hash = ? for update""",
				(rs, row) -> new Found(rs.getLong("account_id"), rs.getString("feed_id"),
						(Integer) rs.getObject("reminder_minutes")),
				hash(token)).stream().findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Found subscription = found.get();
		Optional<WeekService.Week> own = weeks.own(subscription.accountId());
		WeekService.Week week = own.orElseGet(weeks::recommended);
		Map<DayOfWeek, Served> served = served(subscription.accountId());
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		String pageUrl = base.of(own.isPresent() ? RoutineUrls.MY_WEEK : RoutineUrls.WEEK);
		List<WeekCalendar.FeedEvent> events = new ArrayList<>();
		for (WeekService.Day day : week.days()) {
			DayOfWeek dayOfWeek = day.dayOfWeek();
			Served last = served.get(dayOfWeek);
			if (day.routines().isEmpty()) {
				if (last != null && !REMOVED.equals(last.hash())) {
					store(subscription.accountId(), dayOfWeek, REMOVED, last.sequence(), last.first(), now);
				}
				continue;
			}
			Ics content = calendar.feedContent(day, subscription.reminderMinutes(), pageUrl, base, locale);
			String hash = hash(content.toString());
			Served current = last;
			if (last == null) {
				current = new Served(hash, 0, today.with(TemporalAdjusters.nextOrSame(dayOfWeek)), now);
				jdbc.update("""
						insert into calendar_event (account_id, day_of_week, content_hash, sequence, first_date, last_modified)
						values (?, ?, ?, ?, ?, ?)""", subscription.accountId(), dayOfWeek.name(), hash, 0,
						Date.valueOf(current.first()), utc(now));
			}
			else if (!last.hash().equals(hash)) {
				current = new Served(hash, last.sequence() + 1, last.first(), now);
				store(subscription.accountId(), dayOfWeek, hash, current.sequence(), current.first(), now);
			}
			events.add(new WeekCalendar.FeedEvent(
					subscription.feedId() + "-" + WeekCalendar.byDay(dayOfWeek) + "@hipflex", current.first(),
					current.sequence(), current.modified(), content));
		}
		return Optional.of(calendar.feed(week, events, locale));
	}

	private Map<DayOfWeek, Served> served(long accountId) {
		Map<DayOfWeek, Served> served = new HashMap<>();
		jdbc.query("""
				select day_of_week, content_hash, sequence, first_date, last_modified from calendar_event
				where account_id = ?""", rs -> {
			served.put(DayOfWeek.valueOf(rs.getString("day_of_week")),
					new Served(rs.getString("content_hash"), rs.getInt("sequence"), rs.getDate("first_date").toLocalDate(),
							rs.getTimestamp("last_modified").toLocalDateTime().toInstant(ZoneOffset.UTC)));
		}, accountId);
		return served;
	}

	private void store(long accountId, DayOfWeek day, String hash, int sequence, LocalDate first, Instant now) {
		jdbc.update("""
				update calendar_event set content_hash = ?, sequence = ?, first_date = ?, last_modified = ?
				where account_id = ? and day_of_week = ?""", hash, sequence, Date.valueOf(first), utc(now), accountId,
				day.name());
	}

	/** A new secret token: {@link #BYTES} random bytes, URL-safe Base64 (43 characters). */
	static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
