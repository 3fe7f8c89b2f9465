package dev.hipflex.routine;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerPages;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.Mail;
import dev.hipflex.system.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder mails of a runner's planned days (tables {@code week_reminder} and {@code week_reminder_link}),
 * opt-in, at one of {@link CalendarSubscriptions#REMINDERS} in the runner's own time zone, with or without a
 * calendar subscription. {@link #sendDue()} runs every few minutes on every instance: a day's mail is claimed
 * first with a conditional UPDATE of {@code last_sent_for}, so two instances never both send it, and a mail that
 * fails to go out gives its claim back. A mail is sent only within {@link #WINDOW} after its time: a server that
 * was down at 19:00 does not send the evening's reminder at midnight, nor yesterday's at noon.
 */
@Service
public class WeekReminders {

	private static final Logger log = LoggerFactory.getLogger(WeekReminders.class);

	/** How long after its time a reminder is still worth sending. */
	static final Duration WINDOW = Duration.ofHours(3);

	/** How long a mail's unsubscribe link works (while the reminder is on). */
	static final Duration LINK_LIFETIME = Duration.ofDays(60);

	record Due(long accountId, int minutes, LocalDate lastSentFor) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final WeekService weeks;

	private final RunnerZone zones;

	private final AccountService accounts;

	private final Mailer mailer;

	private final BaseUrl base;

	private final MessageSource messages;

	private final Locale locale;

	private final RunnerPages pages;

	WeekReminders(JdbcTemplate jdbc, Clock clock, WeekService weeks, RunnerZone zones, AccountService accounts,
			Mailer mailer, BaseUrl base, MessageSource messages, @Value("${spring.web.locale:en}") Locale locale,
			RunnerPages pages) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.weeks = weeks;
		this.zones = zones;
		this.accounts = accounts;
		this.mailer = mailer;
		this.base = base;
		this.messages = messages;
		this.locale = locale;
	}

	/** The runner's reminder time (minutes from the planned day's midnight), if reminder mails are on. */
	@Transactional(readOnly = true)
	public Optional<Integer> of(long accountId) {
		return jdbc.queryForList("select minutes from week_reminder where account_id = ?", Integer.class, accountId)
			.stream()
			.findFirst();
	}

	/**
	 * Turns reminder mails on at one of {@link CalendarSubscriptions#REMINDERS}, or off (null). Changing the time
	 * keeps what was sent, so a day is never reminded of twice.
	 */
	@Transactional
	public void set(long accountId, Integer minutes) {
		if (minutes == null) {
			jdbc.update("delete from week_reminder where account_id = ?", accountId);
			return;
		}
		if (!CalendarSubscriptions.REMINDERS.contains(minutes)) {
			throw new IllegalArgumentException("not a reminder: " + minutes);
		}
		if (jdbc.update("update week_reminder set minutes = ? where account_id = ?", minutes, accountId) == 0) {
			jdbc.update("insert into week_reminder (account_id, minutes, created_at) values (?, ?, ?)", accountId,
					minutes, utc(clock.instant()));
		}
	}

	/** Whether the token is a live unsubscribe link's. */
	@Transactional(readOnly = true)
	public boolean isLink(String token) {
		return account(token).isPresent();
	}

	/** Turns the token's runner's reminder mails off; false for a token that is not (or no longer) a link's. */
	@Transactional
	public boolean unsubscribe(String token) {
		return account(token).map(id -> {
			boolean deleted = jdbc.update("delete from week_reminder where account_id = ?", id) == 1;
			if (deleted) {
				pages.changed(id);
			}
			return deleted;
		}).orElse(false);
	}

	private Optional<Long> account(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.queryForList("select account_id from week_reminder_link where token_hash = ? and created_at > ?",
				Long.class, CalendarSubscriptions.hash(token), utc(clock.instant().minus(LINK_LIFETIME)))
			.stream()
			.findFirst();
	}

	/**
	 * Sends every reminder whose time has come (within {@link #WINDOW}) for a planned day with routines that has
	 * not had its mail yet. Not transactional: each claim is its own statement, so another instance sees it at once.
	 */
	public int sendDue() {
		Instant now = clock.instant();
		jdbc.update("delete from week_reminder_link where created_at <= ?", utc(now.minus(LINK_LIFETIME)));
		List<Due> rows = jdbc.query("select account_id, minutes, last_sent_for from week_reminder",
				(rs, row) -> new Due(rs.getLong("account_id"), rs.getInt("minutes"),
						rs.getDate("last_sent_for") == null ? null : rs.getDate("last_sent_for").toLocalDate()));
		int sent = 0;
		for (Due due : rows) {
			Optional<LocalDate> day = dueDay(due, zones.zoneOf(due.accountId()), now);
			if (day.isPresent() && send(due, day.get())) {
				sent++;
			}
		}
		return sent;
	}

	/** The planned day whose reminder time passed less than {@link #WINDOW} ago and was not reminded of yet. */
	static Optional<LocalDate> dueDay(Due due, ZoneId zone, Instant now) {
		LocalDate today = now.atZone(zone).toLocalDate();
		// An evening reminder is for tomorrow; a morning one for today (or, just after midnight, not yet).
		for (LocalDate day : List.of(today.plusDays(1), today, today.minusDays(1))) {
			// Wall-clock time: on the day clocks change, "07:00" is still 07:00 there.
			Instant at = day.atStartOfDay().plusMinutes(due.minutes()).atZone(zone).toInstant();
			boolean inWindow = !now.isBefore(at) && now.isBefore(at.plus(WINDOW));
			if (inWindow && (due.lastSentFor() == null || due.lastSentFor().isBefore(day))) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	private boolean send(Due due, LocalDate day) {
		WeekService.Day planned = weeks.weekFor(due.accountId()).days().stream()
			.filter(candidate -> candidate.dayOfWeek() == day.getDayOfWeek())
			.findFirst()
			.orElse(null);
		if (planned == null || planned.routines().isEmpty()) {
			return false;
		}
		Optional<String> email = accounts.account(due.accountId()).map(account -> account.getEmail());
		if (email.isEmpty()) {
			return false;
		}
		int claimed = jdbc.update("""
				update week_reminder set last_sent_for = ?
				where account_id = ? and (last_sent_for is null or last_sent_for < ?)""", Date.valueOf(day),
				due.accountId(), Date.valueOf(day));
		if (claimed == 0) {
			return false;
		}
		try {
			String token = CalendarSubscriptions.newToken();
			jdbc.update("insert into week_reminder_link (token_hash, account_id, created_at) values (?, ?, ?)",
					CalendarSubscriptions.hash(token), due.accountId(), utc(clock.instant()));
			mailer.send(mail(email.get(), day, planned, base.of(RoutineUrls.REMINDER_UNSUBSCRIBE + "/" + token)));
			return true;
		}
		catch (RuntimeException ex) {
			// Given back, so the next run (within the window) tries again.
			jdbc.update("update week_reminder set last_sent_for = ? where account_id = ? and last_sent_for = ?",
					due.lastSentFor() == null ? null : Date.valueOf(due.lastSentFor()), due.accountId(),
					Date.valueOf(day));
			log.warn("Could not send the reminder mail to account {}; the next run tries again: {}", due.accountId(),
					ex.toString());
			return false;
		}
	}

	private Mail mail(String to, LocalDate day, WeekService.Day planned, String unsubscribe) {
		List<Map<String, Object>> routines = new ArrayList<>();
		for (WeekService.PlannedRoutine routine : planned.routines()) {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("slot", messages.getMessage("week.slot." + routine.slot(), null, locale));
			shown.put("name", routine.routine().getName());
			shown.put("exercises", routine.entries().stream().map(entry -> entry.getExercise().getName() + ": "
					+ messages.getMessage(entry.getDose().text().messageKey(), entry.getDose().text().messageArguments(),
							locale))
				.toList());
			shown.put("log", base.of(WeekCalendar.LOG_FORM + "?routine=" + routine.routine().getId()));
			routines.add(shown);
		}
		String date = messages.getMessage("day." + day.getDayOfWeek(), null, locale) + ", "
				+ day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("date", date);
		variables.put("note", planned.note());
		variables.put("routines", routines);
		variables.put("week", base.of(RoutineUrls.MY_WEEK + "#reminder-mail"));
		variables.put("unsubscribe", unsubscribe);
		// RFC 2369 and RFC 8058: mail apps offer their own "Unsubscribe", which POSTs to the link.
		Map<String, String> headers = Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
				"List-Unsubscribe=One-Click");
		return new Mail(to, "week-reminder", "mail.weekReminder.subject", new Object[] { date }, variables, headers);
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
