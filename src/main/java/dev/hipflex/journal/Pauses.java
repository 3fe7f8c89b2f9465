package dev.hipflex.journal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hipflex.account.RunnerLock;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.journal.SessionFormReader.Problem;
import dev.hipflex.routine.BreakReturns;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A runner's pauses (table {@code training_pause}): adding, changing, ending early and deleting them, and the
 * questions other features ask: is a day paused, which days of a period are, when did the last injury pause end,
 * is the runner in the first week back after a break. Pauses never overlap: one that would is refused, with the
 * pause it meets named, rather than merged, so the runner never finds a reason or note changed that they did not
 * change. Every method takes the account id; another runner's pause is not found.
 */
@Service
public class Pauses implements BreakReturns {

	/** A break at least this long, in days, makes the first week back suggest the easier doses. */
	public static final int RETURN_AFTER_DAYS = 7;

	/** The first week back: the days after the break's last day that suggest the easier doses. */
	public static final int RETURN_WEEK_DAYS = 7;

	private final JdbcTemplate jdbc;

	private final RunnerLock runnerLock;

	private final RunnerZone zones;

	private final Clock clock;

	Pauses(JdbcTemplate jdbc, RunnerLock runnerLock, RunnerZone zones, Clock clock) {
		this.jdbc = jdbc;
		this.runnerLock = runnerLock;
		this.zones = zones;
		this.clock = clock;
	}

	/** A save's outcome: the pause, or the problems that kept it from being saved (then nothing was). */
	public record Saved(Pause pause, List<Problem> problems) {

		public boolean isValid() {
			return problems.isEmpty();
		}

	}

	/** The runner's "today", in their own time zone: the one place pauses read it. */
	public LocalDate today(long accountId) {
		return zones.today(accountId);
	}

	/** The runner's pauses, latest first. */
	@Transactional(readOnly = true)
	public List<Pause> all(long accountId) {
		return jdbc.query("select * from training_pause where account_id = ? order by starts_on desc", Pauses::pause,
				accountId);
	}

	@Transactional(readOnly = true)
	public Pause find(long accountId, long id) {
		return jdbc.query("select * from training_pause where id = ? and account_id = ?", Pauses::pause, id, accountId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("pause " + id));
	}

	@Transactional
	public Saved create(long accountId, PauseForm form) {
		PauseRules.Result result = PauseRules.read(form, today(accountId), null);
		if (!result.isValid()) {
			return new Saved(null, result.problems());
		}
		// Checking for an overlap, then inserting: two saves at once would both find none.
		runnerLock.lock(accountId);
		PauseRules.Input input = result.input();
		Optional<Problem> overlap = overlap(accountId, input.from(), input.to(), null);
		if (overlap.isPresent()) {
			return new Saved(null, List.of(overlap.get()));
		}
		jdbc.update("""
				insert into training_pause (account_id, starts_on, ends_on, reason, note, created_at)
				values (?, ?, ?, ?, ?, ?)""", accountId, Date.valueOf(input.from()), Date.valueOf(input.to()),
				input.reason().name(), input.note(), Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(),
						ZoneOffset.UTC)));
		return new Saved(new Pause(0, input.from(), input.to(), input.reason(), input.note()), List.of());
	}

	@Transactional
	public Saved update(long accountId, long id, PauseForm form) {
		runnerLock.lock(accountId);
		Pause stored = find(accountId, id);
		PauseRules.Result result = PauseRules.read(form, today(accountId), stored.startsOn());
		if (!result.isValid()) {
			return new Saved(null, result.problems());
		}
		PauseRules.Input input = result.input();
		Optional<Problem> overlap = overlap(accountId, input.from(), input.to(), id);
		if (overlap.isPresent()) {
			return new Saved(null, List.of(overlap.get()));
		}
		jdbc.update("update training_pause set starts_on = ?, ends_on = ?, reason = ?, note = ? where id = ? and account_id = ?",
				Date.valueOf(input.from()), Date.valueOf(input.to()), input.reason().name(), input.note(), id, accountId);
		return new Saved(new Pause(id, input.from(), input.to(), input.reason(), input.note()), List.of());
	}

	/** "I'm back": a running pause that started before today ends yesterday. */
	@Transactional
	public Pause endEarly(long accountId, long id) {
		runnerLock.lock(accountId);
		Pause stored = find(accountId, id);
		LocalDate today = today(accountId);
		if (!stored.canEndEarly(today)) {
			throw new BadRequestException("pause.end.notRunning", stored.startsOn().toString(),
					stored.endsOn().toString());
		}
		jdbc.update("update training_pause set ends_on = ? where id = ? and account_id = ?",
				Date.valueOf(today.minusDays(1)), id, accountId);
		return new Pause(id, stored.startsOn(), today.minusDays(1), stored.reason(), stored.note());
	}

	@Transactional
	public Pause delete(long accountId, long id) {
		Pause stored = find(accountId, id);
		jdbc.update("delete from training_pause where id = ? and account_id = ?", id, accountId);
		return stored;
	}

	/** The runner's pauses that have a day in {@code from <= date <= to}, earliest first. */
	@Transactional(readOnly = true)
	public List<Pause> between(long accountId, LocalDate from, LocalDate to) {
		return jdbc.query("""
				select * from training_pause where account_id = ? and starts_on <= ? and ends_on >= ?
				order by starts_on""", Pauses::pause, accountId, Date.valueOf(to), Date.valueOf(from));
	}

	/** The month with the runner's paused days marked. */
	@Transactional(readOnly = true)
	public JournalCalendar.Month mark(long accountId, JournalCalendar.Month month) {
		return month.withPauses(between(accountId, month.month().atDay(1), month.month().atEndOfMonth()));
	}

	/** The paused days in {@code from <= date < until}. */
	@Transactional(readOnly = true)
	public Set<LocalDate> pausedDays(long accountId, LocalDate from, LocalDate until) {
		return around(accountId, from, until.minusDays(1)).pausedDays(from, until);
	}

	/** The pause that covers {@code date}, if any. */
	@Transactional(readOnly = true)
	public Optional<Pause> on(long accountId, LocalDate date) {
		return around(accountId, date, date).on(date);
	}

	/**
	 * The runner's pauses that have a day in {@code from <= date <= to}, read once for a page that asks several
	 * questions about the days around today (home: this week's paused days, today's pause, the return from a break).
	 */
	@Transactional(readOnly = true)
	public Around around(long accountId, LocalDate from, LocalDate to) {
		return new Around(between(accountId, from, to), from, to);
	}

	/** The days a runner's first week back looks at: a break long enough that ended in the last week. */
	public static LocalDate returnWindowStart(LocalDate today) {
		return today.minusDays(RETURN_WEEK_DAYS + JournalLimits.PAUSE_DAYS_MAX * 2L);
	}

	/**
	 * The pauses of a window of days, earliest first, and the questions asked of them, for days in the window only (a
	 * day outside it is a programming error: its pauses were not read). {@link Pauses}'s own answers come from here.
	 */
	public record Around(List<Pause> pauses, LocalDate from, LocalDate to) {

		/** The paused days in {@code from <= date < until}. */
		public Set<LocalDate> pausedDays(LocalDate from, LocalDate until) {
			Set<LocalDate> days = new HashSet<>();
			for (Pause pause : between(from, until.minusDays(1))) {
				for (LocalDate day = pause.startsOn(); !day.isAfter(pause.endsOn()); day = day.plusDays(1)) {
					if (!day.isBefore(from) && day.isBefore(until)) {
						days.add(day);
					}
				}
			}
			return days;
		}

		/** The pause that covers {@code date}, if any. */
		public Optional<Pause> on(LocalDate date) {
			return between(date, date).stream().findFirst();
		}

		/**
		 * The break {@code today} is the first week back from: the paused days in a row (pauses that touch count as
		 * one) that ended in the last {@link #RETURN_WEEK_DAYS} days, when there were at least
		 * {@link #RETURN_AFTER_DAYS} of them.
		 */
		public Optional<Return> returning(LocalDate today) {
			List<Pause> recent = between(returnWindowStart(today), today);
			if (recent.stream().anyMatch(pause -> pause.covers(today))) {
				return Optional.empty();
			}
			LocalDate pausedUntil = null;
			LocalDate pausedFrom = null;
			for (int i = recent.size() - 1; i >= 0; i--) {
				Pause pause = recent.get(i);
				if (pause.startsOn().isAfter(today)) {
					continue;
				}
				if (pausedUntil == null) {
					pausedUntil = pause.endsOn();
					pausedFrom = pause.startsOn();
				}
				else if (pause.endsOn().plusDays(1).equals(pausedFrom)) {
					pausedFrom = pause.startsOn();
				}
				else {
					break;
				}
			}
			if (pausedUntil == null || pausedUntil.plusDays(RETURN_WEEK_DAYS).isBefore(today)) {
				return Optional.empty();
			}
			Return back = new Return(pausedFrom, pausedUntil, pausedUntil.plusDays(RETURN_WEEK_DAYS));
			return back.days() >= RETURN_AFTER_DAYS ? Optional.of(back) : Optional.empty();
		}

		private List<Pause> between(LocalDate first, LocalDate last) {
			if (first.isBefore(from) || last.isAfter(to)) {
				throw new IllegalArgumentException(first + ".." + last + " is outside the pauses read, " + from + ".." + to);
			}
			return pauses.stream()
				.filter(pause -> !pause.startsOn().isAfter(last) && !pause.endsOn().isBefore(first))
				.toList();
		}

	}

	public boolean isPaused(long accountId, LocalDate date) {
		return on(accountId, date).isPresent();
	}

	/**
	 * The last day of the runner's latest injury pause that has started by today (a day still to come while it
	 * runs). Progression holds back while it runs and for two weeks after.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastInjuryPauseEnd(long accountId) {
		return Optional.ofNullable(jdbc.queryForObject("""
				select max(ends_on) from training_pause where account_id = ? and reason = 'INJURY' and starts_on <= ?""",
				LocalDate.class, accountId, Date.valueOf(today(accountId))));
	}


	/** The break today is the first week back from ({@link Around#returning}). */
	@Override
	@Transactional(readOnly = true)
	public Optional<Return> returning(long accountId) {
		LocalDate today = today(accountId);
		return around(accountId, returnWindowStart(today), today).returning(today);
	}

	/** The runner's pause that shares a day with {@code from..to}, other than {@code except}, as a problem. */
	private Optional<Problem> overlap(long accountId, LocalDate from, LocalDate to, Long except) {
		return between(accountId, from, to).stream()
			.filter(pause -> except == null || pause.id() != except)
			.findFirst()
			.map(pause -> new Problem("from", "pause.overlap", pause.startsOn().toString(), pause.endsOn().toString()));
	}

	private static Pause pause(ResultSet rs, int row) throws SQLException {
		return new Pause(rs.getLong("id"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
				PauseReason.valueOf(rs.getString("reason")), rs.getString("note"));
	}

}
