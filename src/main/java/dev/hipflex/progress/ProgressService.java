package dev.hipflex.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.journal.JournalLimits;
import dev.hipflex.journal.Pause;
import dev.hipflex.journal.PainMonitor;
import dev.hipflex.progress.ChartGeometry.Marker;
import dev.hipflex.progress.ChartGeometry.Series;
import dev.hipflex.progress.Progress.Adherence;
import dev.hipflex.progress.Progress.ExerciseChoice;
import dev.hipflex.progress.Progress.SessionScores;
import dev.hipflex.progress.Progress.Streak;
import dev.hipflex.progress.Progress.Trends;
import dev.hipflex.progress.Progress.Volume;
import dev.hipflex.progress.Progress.WeekSessions;
import dev.hipflex.progress.Progress.WeekVolume;
import dev.hipflex.progress.ProgressQueries.DayVolume;
import dev.hipflex.progress.ProgressQueries.ExerciseRow;
import dev.hipflex.routine.WeekService;
import dev.hipflex.system.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the progress page together for one runner: adherence and streak against the strength sessions
 * planned in the runner's week, weekly volume of one exercise, and effort and pain per session.
 */
@Service
public class ProgressService {

	/** The weeks the adherence and volume charts cover, the current week included. */
	static final int WEEKS = 12;

	/** The sessions the effort and pain chart covers. */
	static final int SESSIONS = 30;

	/**
	 * The pain-monitoring model's limit for pain during exercise (Silbernagel et al. 2007), drawn as a line;
	 * the page says under which conditions the model applies and that for the hip it is extrapolated.
	 */
	static final int PAIN_LIMIT = PainMonitor.PAIN_DURING_LIMIT;

	static final int PAIN_TICK_STEP = 2;

	/**
	 * The longest streak counted, in weeks (two years); a longer one is shown as "more than" this, so that the
	 * page never reads more than two years of the journal, however long the runner has kept it up.
	 */
	static final int STREAK_MAX_WEEKS = 104;

	static final int SLUG_SHOWN_MAX = 80;

	private final ProgressQueries queries;

	private final WeekService weeks;

	private final RunnerZone zones;

	ProgressService(ProgressQueries queries, WeekService weeks, RunnerZone zones) {
		this.zones = zones;
		this.queries = queries;
		this.weeks = weeks;
	}

	/**
	 * The runner's progress, with the weekly volume of the exercise with slug {@code exerciseSlug} (null or
	 * blank: the exercise with most sets in the period). An unknown slug is a bad request.
	 */
	@Transactional(readOnly = true)
	public Progress progress(long accountId, String exerciseSlug) {
		Optional<ExerciseRow> asked = exercise(exerciseSlug);
		LocalDate today = zones.today(accountId);
		List<SessionScores> lastSessions = queries.lastSessions(accountId, today, SESSIONS);
		if (lastSessions.isEmpty()) {
			return Progress.none();
		}
		List<LocalDate> mondays = Weeks.last(today, WEEKS);
		LocalDate from = mondays.get(0);
		LocalDate until = mondays.get(WEEKS - 1).plusWeeks(1);
		Adherence adherence = adherence(accountId, strengthDays(accountId), mondays,
				Weeks.perWeek(queries.sessionsPerDay(accountId, from, until)));
		Volume volume = volume(mondays, queries.volumePerDay(accountId, from, until), asked);
		return new Progress(false, adherence, volume, trends(lastSessions));
	}

	/** Days of the runner's week with a strength routine planned. */
	long plannedSessions(long accountId) {
		return strengthDays(accountId).size();
	}

	private Set<DayOfWeek> strengthDays(long accountId) {
		return weeks.strengthDays(accountId);
	}

	private Optional<ExerciseRow> exercise(String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.empty();
		}
		Optional<ExerciseRow> exercise = queries.exercise(slug.strip());
		if (exercise.isEmpty()) {
			String shown = slug.length() > SLUG_SHOWN_MAX ? slug.substring(0, SLUG_SHOWN_MAX) + "…" : slug;
			throw new BadRequestException("progress.volume.unknownExercise", shown);
		}
		return exercise;
	}

	/**
	 * Each week plans the strength days of the runner's week that were not paused. The pauses are read once, as far
	 * back as the streak may read.
	 */
	private Adherence adherence(long accountId, Set<DayOfWeek> strengthDays, List<LocalDate> mondays,
			Map<LocalDate, Long> done) {
		long plan = strengthDays.size();
		LocalDate current = mondays.get(mondays.size() - 1);
		LocalDate first = mondays.get(0);
		List<Pause> pauses = queries.pauses(accountId, first.minusWeeks(STREAK_MAX_WEEKS + 1L),
				current.plusDays(6));
		Set<LocalDate> paused = days(pauses);
		Function<LocalDate, Long> planOf = monday -> Weeks.plannedIn(monday, strengthDays, paused);
		List<WeekSessions> weekList = new ArrayList<>();
		for (LocalDate monday : mondays) {
			weekList.add(new WeekSessions(monday, planOf.apply(monday), done.getOrDefault(monday, 0L),
					monday.equals(current), Weeks.pausedIn(monday, paused)));
		}
		Streak streak = streak(accountId, plan, planOf, mondays, done);
		ChartGeometry.BarChart chart = ChartGeometry.bars(weekList.stream().map(WeekSessions::done).toList(),
				plan > 0 ? weekList.stream().map(WeekSessions::planned).toList() : null, weekList.size() - 1);
		List<Pause> shown = pauses.stream().filter(pause -> !pause.endsOn().isBefore(first)).toList();
		return new Adherence(plan, weekList, streak, chart, shown);
	}

	private static Set<LocalDate> days(List<Pause> pauses) {
		Set<LocalDate> days = new HashSet<>();
		for (Pause pause : pauses) {
			for (LocalDate day = pause.startsOn(); !day.isAfter(pause.endsOn()); day = day.plusDays(1)) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * Counts within the page's weeks first. Only when every complete week of them met its plan (or was paused) are
	 * earlier weeks read, in one query, up to {@link #STREAK_MAX_WEEKS} weeks in all and one week more, which tells a
	 * streak of exactly that many weeks from a longer one: the work is bounded, whatever the journal's size. A week
	 * whose every planned day was paused is skipped: a pause neither breaks the streak nor adds a week to it.
	 */
	private Streak streak(long accountId, long plan, Function<LocalDate, Long> planOf, List<LocalDate> mondays,
			Map<LocalDate, Long> done) {
		LocalDate current = mondays.get(mondays.size() - 1);
		long doneThisWeek = done.getOrDefault(current, 0L);
		long plannedThisWeek = planOf.apply(current);
		if (plan == 0) {
			return new Streak(plan, 0, false, null, doneThisWeek, plannedThisWeek);
		}
		LocalDate until = mondays.get(0);
		Weeks.Run run = Weeks.run(planOf, done, current.minusWeeks(1), until);
		List<LocalDate> met = new ArrayList<>(run.mondays());
		if (run.unbroken()) {
			LocalDate from = until.minusWeeks(STREAK_MAX_WEEKS + 1L - met.size());
			met.addAll(Weeks.run(planOf, Weeks.perWeek(queries.sessionsPerDay(accountId, from, until)),
					until.minusWeeks(1), from).mondays());
		}
		boolean longer = met.size() > STREAK_MAX_WEEKS;
		List<LocalDate> counted = longer ? met.subList(0, STREAK_MAX_WEEKS) : met;
		return new Streak(plan, counted.size(), longer, counted.isEmpty() ? null : counted.get(counted.size() - 1),
				doneThisWeek, plannedThisWeek);
	}

	/**
	 * The exercises logged in the period, most sets first, and the weekly totals of the one asked for (or of
	 * the first). An exercise asked for that was not logged in the period is shown with zeros.
	 */
	private Volume volume(List<LocalDate> mondays, List<DayVolume> days, Optional<ExerciseRow> asked) {
		Map<String, ExerciseChoice> choices = new LinkedHashMap<>();
		for (DayVolume day : days) {
			choices.merge(day.slug(), new ExerciseChoice(day.slug(), day.name(), day.unit(), day.sets()),
					(a, b) -> new ExerciseChoice(a.slug(), a.name(), a.unit(), a.sets() + b.sets()));
		}
		List<ExerciseChoice> exercises = new ArrayList<>(choices.values());
		exercises.sort(Comparator.comparingLong(ExerciseChoice::sets).reversed().thenComparing(ExerciseChoice::name));
		ExerciseChoice exercise = asked
			.map(row -> choices.getOrDefault(row.slug(), new ExerciseChoice(row.slug(), row.name(), row.unit(), 0)))
			.orElse(exercises.isEmpty() ? null : exercises.get(0));
		if (exercise == null) {
			return new Volume(exercises, null, List.of(), null);
		}
		if (!choices.containsKey(exercise.slug())) {
			exercises.add(exercise);
		}
		Map<LocalDate, long[]> perWeek = new TreeMap<>();
		for (DayVolume day : days) {
			if (day.slug().equals(exercise.slug())) {
				long[] totals = perWeek.computeIfAbsent(Weeks.monday(day.date()), monday -> new long[2]);
				totals[0] += day.sets();
				totals[1] += day.amount();
			}
		}
		LocalDate current = mondays.get(mondays.size() - 1);
		List<WeekVolume> weekList = mondays.stream().map(monday -> {
			long[] totals = perWeek.getOrDefault(monday, new long[2]);
			return new WeekVolume(monday, monday.equals(current), totals[0], totals[1]);
		}).toList();
		ChartGeometry.BarChart chart = ChartGeometry.bars(weekList.stream().map(WeekVolume::amount).toList(), null,
				weekList.size() - 1);
		return new Volume(exercises, exercise, weekList, chart);
	}

	private Trends trends(List<SessionScores> newestFirst) {
		List<SessionScores> sessions = new ArrayList<>(newestFirst);
		Collections.reverse(sessions);
		List<Series> series = List.of(
				new Series(sessions.stream().map(SessionScores::effort).toList(), Marker.CIRCLE),
				new Series(sessions.stream().map(SessionScores::painDuring).toList(), Marker.SQUARE),
				new Series(sessions.stream().map(SessionScores::painNextMorning).toList(), Marker.TRIANGLE));
		return new Trends(sessions, ChartGeometry.lines(sessions.size(), series, JournalLimits.SCALE_MAX,
				PAIN_TICK_STEP, (long) PAIN_LIMIT), PAIN_LIMIT);
	}

}
