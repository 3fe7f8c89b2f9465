package dev.hipflex.journal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.guide.GuideService;
import dev.hipflex.guide.RedFlags;
import dev.hipflex.journal.JournalChoices.ExerciseChoice;
import dev.hipflex.journal.JournalChoices.PlannedExercise;
import dev.hipflex.journal.JournalChoices.RoutineChoice;
import dev.hipflex.routine.Routine;
import dev.hipflex.routine.RoutineEntry;
import dev.hipflex.routine.RoutineKind;
import dev.hipflex.routine.RoutineService;
import dev.hipflex.routine.WeekService;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.NotFoundException;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The journal's use cases: the log form filled from the runner's plan, saving, editing and deleting a
 * session, the session page with its pain-monitoring advice, the history and the month calendar. Every
 * method takes the runner's account id and only ever reads or changes that account's sessions; a session
 * of another account is "not found".
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

	private static final Comparator<TrainingSession> NEWEST_FIRST = Comparator
		.comparing(TrainingSession::getSessionDate)
		.thenComparing(TrainingSession::getId)
		.reversed();

	/** Blank rows under the planned ones, for sets of exercises the routine does not plan. */
	static final int EXTRA_ROWS = 3;

	/** The earlier mornings the pain monitor reads before a session. */
	private static final Pageable EARLIER_MORNINGS = PageRequest.of(0, PainMonitor.MORNINGS_LOOK_BACK);

	/** A log form's token as {@link #newForm} makes it: a random UUID. */
	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final TrainingSessionRepository sessions;

	private final SessionHistory history;

	private final RoutineService routines;

	private final WeekService weeks;

	private final ExerciseService exercises;

	private final EntityManager entityManager;

	private final Clock clock;

	private final AccountService accounts;

	private final GuideService guide;

	private final JournalQueries queries;

	private final PainMonitor painMonitor = new PainMonitor();

	private final QuickLog quickLog;

	private final RunnerZone zones;

	private final MorningPain mornings;

	/**
	 * The library's routines and exercises as the forms offer them, read once per instance: they are content, which
	 * changes only with a migration and a restart (docs/performance.md), and every log form and every save needs
	 * them. Plain values (no entities), so they are safe to share between requests.
	 */
	private final SingletonSupplier<JournalChoices> library;

	JournalService(TrainingSessionRepository sessions, SessionHistory history, RoutineService routines,
			WeekService weeks, ExerciseService exercises, EntityManager entityManager, Clock clock,
			AccountService accounts, GuideService guide, JournalQueries queries, QuickLog quickLog, RunnerZone zones, MorningPain mornings) {
		this.sessions = sessions;
		this.mornings = mornings;
		this.zones = zones;
		this.quickLog = quickLog;
		this.queries = queries;
		this.history = history;
		this.routines = routines;
		this.weeks = weeks;
		this.exercises = exercises;
		this.entityManager = entityManager;
		this.clock = clock;
		this.accounts = accounts;
		this.guide = guide;
		this.library = SingletonSupplier.of(this::libraryChoices);
	}

	/** A save: the new or changed session's id and date, or the problems that stopped it. */
	record Saved(Long id, LocalDate date, List<SessionFormReader.Problem> problems, JournalChoices choices) {

		boolean isValid() {
			return problems.isEmpty();
		}

	}

	/**
	 * A form and what its selects offer; {@code plannedCut} when the routine plans more sets than the form shows;
	 * {@code copied}, the session "Same as last time" filled the rows from, and {@code nothingToCopy} when it
	 * was asked for and the runner has no earlier session of the routine.
	 */
	public record FormPage(SessionForm form, JournalChoices choices, boolean plannedCut, SessionSummary copied,
			boolean nothingToCopy) {

		FormPage(SessionForm form, JournalChoices choices) {
			this(form, choices, false, null, false);
		}

	}

	/** A new log form's token ({@link SessionForm#getToken()}). */
	static String newToken() {
		return UUID.randomUUID().toString();
	}

	/** Today in the runner's own time zone ({@link RunnerZone}). */
	public LocalDate today(long accountId) {
		return zones.today(accountId);
	}

	/** The routines and exercises the runner's forms offer. */
	public JournalChoices choices(long accountId) {
		return choices(weeks.weekFor(accountId));
	}

	/**
	 * The log form for a day ({@code date}, today when absent): with {@code routine} absent, the routine
	 * the runner's week plans that weekday (a strength routine first); empty, no routine; otherwise the
	 * routine with that id. One row per planned set, then a few blank rows.
	 */
	public FormPage newForm(long accountId, String date, String routine) {
		return newForm(accountId, date, routine, null);
	}

	/**
	 * The log form as {@link #newForm(long, String, String)} makes it, its rows filled as {@code fill} asks
	 * ({@link QuickLog#fill}): "planned", every planned set at the bottom of its range; "last", the sets of the
	 * runner's latest session of the routine up to the day (the planned rows when there is none).
	 */
	public FormPage newForm(long accountId, String date, String routine, String fill) {
		LoggedAs filled = QuickLog.fill(fill);
		LocalDate day = date == null || date.isBlank() ? today(accountId) : formDate(accountId, date);
		WeekService.Week week = weeks.weekFor(accountId);
		JournalChoices choices = choices(week);
		Optional<RoutineChoice> chosen;
		if (routine == null) {
			chosen = planned(week, day).flatMap(id -> choices.routine(id));
		}
		else if (routine.isBlank()) {
			chosen = Optional.empty();
		}
		else {
			chosen = Optional.of(SessionFormReader.wholeNumber(routine)
				.flatMap(id -> choices.routine(id))
				.orElseThrow(() -> new BadRequestException("journal.new.badRoutine", SessionFormReader.quote(routine))));
		}
		SessionForm form = new SessionForm();
		form.setToken(newToken());
		form.setDate(day.toString());
		form.setRoutine(chosen.map(choice -> Long.toString(choice.id())).orElse(""));
		if (filled != null && chosen.isEmpty()) {
			throw new BadRequestException("journal.fill.noRoutine");
		}
		List<SessionForm.SetRow> planned = new ArrayList<>();
		chosen.ifPresent(choice -> choice.exercises()
			.forEach(exercise -> {
				for (int set = 0; set < exercise.sets(); set++) {
					SessionForm.SetRow row = new SessionForm.SetRow(Long.toString(exercise.exerciseId()), true,
							exercise.target());
					if (filled == LoggedAs.PLANNED) {
						row.setAmount(Integer.toString(exercise.amountMin()));
					}
					planned.add(row);
				}
			}));
		Optional<TrainingSession> last = filled == LoggedAs.LAST_TIME
				? quickLog.lastOf(accountId, chosen.get().id(), day) : Optional.empty();
		if (last.isPresent()) {
			form.getSets().addAll(QuickLog.rowsOf(last.get()));
			form.setCopiedFrom(last.get().getId().toString());
		}
		else {
			// A routine plans at most a session's sets (Routine.ENTRIES_MAX), but one saved before that limit may
			// plan more: the form shows as many as a session holds, so it can still be saved.
			form.getSets().addAll(planned.subList(0, Math.min(planned.size(), JournalLimits.SETS_MAX)));
		}
		boolean nothingToCopy = filled == LoggedAs.LAST_TIME && last.isEmpty();
		form.setFill(nothingToCopy ? "" : QuickLog.formValue(filled));
		addExtraRows(form);
		return new FormPage(form, choices, last.isEmpty() && planned.size() > JournalLimits.SETS_MAX,
				last.map(JournalService::summary).orElse(null), nothingToCopy);
	}

	private static SessionSummary summary(TrainingSession session) {
		return new SessionSummary(session.getId(), session.getSessionDate(), session.getRoutineName(),
				session.getEffort(), session.getPainDuring(), session.getPainNextMorning());
	}

	/** The edit form of a session, with its values, its sets and its version. */
	public FormPage editForm(long accountId, long id) {
		TrainingSession session = find(accountId, id);
		SessionForm form = new SessionForm();
		form.setDate(session.getSessionDate().toString());
		form.setRoutine(session.getRoutineId() == null ? "" : session.getRoutineId().toString());
		form.setEffort(Integer.toString(session.getEffort()));
		form.setPainDuring(Integer.toString(session.getPainDuring()));
		form.setPainNextMorning(session.getPainNextMorning() == null ? "" : session.getPainNextMorning().toString());
		form.setNotes(session.getNotes());
		form.setVersion(Integer.toString(session.getVersion()));
		form.getSets().addAll(QuickLog.rowsOf(session));
		addExtraRows(form);
		return new FormPage(form, choices(accountId, session));
	}

	/** The edit form's choices: the runner's, and the session's own routine if it is no longer offered. */
	public JournalChoices choices(long accountId, long id) {
		return choices(accountId, find(accountId, id));
	}

	/**
	 * Saves a new session, once per form: if the form's token already saved one, that session is the answer
	 * (the same form sent twice), or {@link FormAlreadySavedException} if it holds other values. Two requests
	 * with one token at the same moment both get past that check; the database's unique token then refuses the
	 * later insert, and the caller asks {@link #savedBefore}.
	 */
	@Transactional
	Saved create(long accountId, SessionForm form) {
		JournalChoices choices = choicesToRead(accountId, form);
		SessionFormReader.Result result = new SessionFormReader(today(accountId), choices).read(form);
		if (!result.isValid()) {
			// The form is shown again: with every routine it offers, the runner's own among them.
			return new Saved(null, null, result.problems(), choices(accountId));
		}
		String token = token(form);
		Optional<Saved> before = savedBefore(accountId, token, result.input(), choices);
		if (before.isPresent()) {
			return before.get();
		}
		TrainingSession session = new TrainingSession(accountId, token, clock.instant());
		session.record(result.input(), this::exercise, clock.instant());
		session.loggedAs(quickLog.judge(accountId, form, result.input(), choices));
		sessions.save(session);
		return new Saved(session.getId(), session.getSessionDate(), List.of(), choices);
	}

	/** The session this log form saved already, if it did: for a save refused by the token's uniqueness. */
	Optional<Saved> savedBefore(long accountId, SessionForm form) {
		JournalChoices choices = choices(accountId);
		SessionFormReader.Result result = new SessionFormReader(today(accountId), choices).read(form);
		return result.isValid() ? savedBefore(accountId, token(form), result.input(), choices) : Optional.empty();
	}

	private Optional<Saved> savedBefore(long accountId, String token, SessionInput input, JournalChoices choices) {
		if (token == null) {
			return Optional.empty();
		}
		return sessions.findByFormToken(accountId, token).map(session -> {
			if (!session.holds(input)) {
				throw new FormAlreadySavedException(session.getId(), session.getSessionDate());
			}
			return new Saved(session.getId(), session.getSessionDate(), List.of(), choices);
		});
	}

	/** The form's token; none from a client that sends none. One no form of ours made is refused. */
	private static String token(SessionForm form) {
		if (SessionForm.blank(form.getToken())) {
			return null;
		}
		if (!TOKEN.matcher(form.getToken()).matches()) {
			throw new BadRequestException("journal.token.bad");
		}
		return form.getToken();
	}

	/**
	 * Saves an edit if the form was opened on the session's current version. Otherwise, if the session already
	 * holds what the form says (the same edit sent twice, the first one saved), answers as the first save did;
	 * if not, throws {@link StaleSessionException} and changes nothing. (A change saved between this check and
	 * the commit is caught by the entity's version as an optimistic-locking failure.)
	 */
	@Transactional
	Saved update(long accountId, long id, SessionForm form) {
		TrainingSession session = find(accountId, id);
		long version = SessionFormReader.wholeNumber(form.getVersion())
			.orElseThrow(() -> new BadRequestException("journal.version.missing"));
		JournalChoices choices = choices(accountId, session);
		SessionFormReader.Result result = new SessionFormReader(today(accountId), choices).read(form);
		if (version != session.getVersion()) {
			if (result.isValid() && session.holds(result.input())) {
				return new Saved(id, session.getSessionDate(), List.of(), choices);
			}
			throw new StaleSessionException(session.getVersion());
		}
		if (!result.isValid()) {
			return new Saved(id, session.getSessionDate(), result.problems(), choices);
		}
		// Sets changed after "Done as planned" or "Same as last time" are no longer what that label says.
		boolean sameSets = session.holdsSets(result.input().sets());
		session.record(result.input(), this::exercise, clock.instant());
		if (!sameSets) {
			session.loggedAs(LoggedAs.TYPED);
		}
		return new Saved(id, session.getSessionDate(), List.of(), choices);
	}

	@Transactional
	public LocalDate delete(long accountId, long id) {
		LocalDate date = find(accountId, id).getSessionDate();
		sessions.deleteByIdAndAccountId(id, accountId);
		return date;
	}

	public SessionPage session(long accountId, long id) {
		TrainingSession session = find(accountId, id);
		List<TrainingSession> earlier = sessions.findEarlierWithMorningPain(accountId, session.getSessionDate(),
				session.getId(), EARLIER_MORNINGS);
		PainMonitor.Advice advice = advice(accountId, session, earlier);
		return new SessionPage(session, advice, redFlagsFor(advice));
	}

	/**
	 * The pain check of the runner's latest session that has a next-morning pain, if it flags anything: a
	 * session logged since, whose morning is not in yet, does not hide mornings that have not settled.
	 */
	public Optional<PainCheck> painCheck(long accountId) {
		List<TrainingSession> latest = sessions.findLatestWithMorningPain(accountId,
				PageRequest.of(0, PainMonitor.MORNINGS_LOOK_BACK + 1));
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		TrainingSession session = latest.get(0);
		PainMonitor.Advice advice = advice(accountId, session, latest.subList(1, latest.size()));
		return advice.isQuiet() ? Optional.empty()
				: Optional.of(new PainCheck(session.getId(), session.getSessionDate(), advice, redFlagsFor(advice)));
	}

	/** The monitor's reading of a session, after the earlier sessions with a morning pain (newest first). */
	private PainMonitor.Advice advice(long accountId, TrainingSession session, List<TrainingSession> earlier) {
		List<PainMonitor.Morning> mornings = earlier.stream()
			.map(before -> new PainMonitor.Morning(before.getSessionDate(), before.getPainNextMorning()))
			.toList();
		return painMonitor.assess(new PainMonitor.Reading(session.getPainDuring(), session.getPainNextMorning(),
				accounts.usualPain(accountId), mornings));
	}

	/** The red-flag box goes with every piece of pain advice; a quiet page needs none. */
	private RedFlags redFlagsFor(PainMonitor.Advice advice) {
		return advice.isQuiet() ? new RedFlags(List.of(), List.of()) : guide.redFlags();
	}

	public HistoryPage history(long accountId, String from, String to, String exercise, String page) {
		List<ExerciseChoice> exerciseChoices = library.obtain().exercises();
		HistoryFilter filter = HistoryFilter.parse(from, to, exercise, page,
				exerciseChoices.stream().map(ExerciseChoice::slug).toList());
		List<HistoryPage.Row> rows = history.page(accountId, filter);
		if (rows.isEmpty() && filter.page() > 1) {
			long all = history.count(accountId, filter);
			throw new BadRequestException("journal.history.noSuchPage", filter.page(), HistoryPage.pagesFor(all));
		}
		int before = (filter.page() - 1) * HistoryFilter.PAGE_SIZE;
		boolean older = rows.size() > HistoryFilter.PAGE_SIZE;
		if (older) {
			rows = rows.subList(0, HistoryFilter.PAGE_SIZE);
		}
		// The last page knows the total from its own rows; other pages count up to COUNT_LIMIT sessions, so
		// that the cost of the page does not grow with the journal. Past the limit, the page says "more than".
		long total = older ? history.countUpTo(accountId, filter, HistoryFilter.COUNT_LIMIT + 1) : before + rows.size();
		boolean exact = !older || total <= HistoryFilter.COUNT_LIMIT;
		return new HistoryPage(filter, rows, exact ? total : HistoryFilter.COUNT_LIMIT, exact, older, exerciseChoices);
	}

	/** A session as other pages show it: when, which routine, effort and pain. */
	public record SessionSummary(long id, LocalDate date, String routine, int effort, int painDuring,
			Integer painNextMorning) {
	}

	/** One day's sets of one exercise: how many, and their repetitions and seconds added up. */
	public record ExerciseDay(LocalDate date, long exerciseId, long sets, long reps, long seconds) {
	}

	/** How many sessions the runner logged for {@code from <= date < until} (the checklist's week). */
	public int sessionCount(long accountId, LocalDate from, LocalDate until) {
		return queries.sessions(accountId, from, until);
	}

	/** Sessions logged per day for {@code from <= date < until}; days without any are left out. */
	public Map<LocalDate, Long> sessionsPerDay(long accountId, LocalDate from, LocalDate until) {
		return queries.sessionsPerDay(accountId, from, until);
	}

	/** The sets logged per day and exercise for {@code from <= date < until}, with their totals. */
	public List<ExerciseDay> setsPerDay(long accountId, LocalDate from, LocalDate until) {
		return queries.volumePerDay(accountId, from, until);
	}

	/** The runner's last {@code count} sessions up to {@code until}, newest first. */
	public List<SessionSummary> lastSessions(long accountId, LocalDate until, int count) {
		return queries.lastSessions(accountId, until, count);
	}

	/**
	 * The runner's sessions of {@code from <= date <= until} with their sets and exercises, newest first, at most
	 * {@code max} (the newest): a clinician's summary lists them.
	 */
	public List<TrainingSession> sessionsWithSets(long accountId, LocalDate from, LocalDate until, int max) {
		List<Long> ids = sessions.findBetween(accountId, from, until)
			.stream()
			.sorted(NEWEST_FIRST)
			.limit(max)
			.map(TrainingSession::getId)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return sessions.findWithSets(accountId, ids).stream().sorted(NEWEST_FIRST).toList();
	}

	/**
	 * A logged session as the suggested next step reads it: effort and pain, and the amount of each set (repetitions,
	 * or seconds for holds and timed exercises) by exercise id, in the order logged.
	 */
	public record LoggedSession(long id, LocalDate date, int effort, int painDuring, Integer painNextMorning,
			Map<Long, List<Integer>> amountsByExercise) {
	}

	/** The runner's last {@code count} sessions with their sets, newest first (one query, no entities). */
	public List<LoggedSession> recentSessions(long accountId, int count) {
		return queries.recentWithSets(accountId, count);
	}

	/**
	 * The runner's sessions of the last {@value MorningPain#DAYS_BACK} days before today (their time zone) that
	 * still miss their next-morning pain, newest first: the journal lists them, the home page asks about the
	 * one of yesterday.
	 */
	public List<SessionSummary> waitingForMorning(long accountId) {
		return mornings.waiting(accountId).stream().map(JournalService::summary).toList();
	}

	/**
	 * Stores the one-tap answer to "how does your hip feel this morning?" ({@link MorningPain#record}); true
	 * if it did, false for a session outside the days asked about.
	 */
	@Transactional
	public boolean recordMorning(long accountId, long id, String pain) {
		return mornings.record(accountId, id, pain);
	}

	/** The runner's latest session of a routine up to a day, if any: what "Same as last time" would copy. */
	public Optional<SessionSummary> lastSessionOf(long accountId, long routineId, LocalDate until) {
		return sessions.findLatestOfRoutine(accountId, routineId, until, PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(JournalService::summary);
	}

	/** The runner's latest session, if any. */
	public Optional<SessionSummary> lastSession(long accountId) {
		return queries.lastSession(accountId);
	}

	public JournalCalendar.Month calendar(long accountId, String month) {
		LocalDate today = today(accountId);
		YearMonth shown = JournalCalendar.parseMonth(month, today);
		Map<DayOfWeek, JournalCalendar.PlannedDay> plan = new EnumMap<>(DayOfWeek.class);
		for (WeekService.Day day : weeks.weekFor(accountId).days()) {
			plan.put(day.dayOfWeek(), new JournalCalendar.PlannedDay(day.runDay(), day.routines()
				.stream()
				.map(planned -> new JournalCalendar.PlannedRoutine(planned.slot().name(), planned.routine().getName()))
				.toList()));
		}
		List<JournalCalendar.LoggedSession> logged = sessions
			.findBetween(accountId, shown.atDay(1), shown.atEndOfMonth())
			.stream()
			.map(session -> new JournalCalendar.LoggedSession(session.getId(), session.getSessionDate(),
					session.getRoutineName()))
			.toList();
		return JournalCalendar.build(shown, today, plan, logged);
	}

	private TrainingSession find(long accountId, long id) {
		return sessions.findWithSets(id, accountId).orElseThrow(() -> new NotFoundException("session " + id));
	}

	private Exercise exercise(long id) {
		return entityManager.getReference(Exercise.class, id);
	}

	private LocalDate formDate(long accountId, String text) {
		LocalDate date = SessionFormReader.isoDate(text)
			.orElseThrow(() -> new BadRequestException("journal.new.badDate", SessionFormReader.quote(text)));
		if (date.isAfter(today(accountId)) || date.isBefore(JournalLimits.EARLIEST_DATE)) {
			throw new BadRequestException("journal.new.dateOutOfRange", date.toString(),
					JournalLimits.EARLIEST_DATE.toString(), today(accountId).toString());
		}
		return date;
	}

	private JournalChoices choices(long accountId, TrainingSession session) {
		JournalChoices choices = choices(accountId);
		if (session.getRoutineId() == null || choices.routine(session.getRoutineId()).isPresent()) {
			return choices;
		}
		// The routine this session was logged with is no longer offered (a week changed): keep it choosable.
		List<RoutineChoice> routineChoices = new ArrayList<>(choices.routines());
		routineChoices.add(new RoutineChoice(session.getRoutineId(), session.getRoutineName(), false, List.of()));
		return new JournalChoices(routineChoices, choices.exercises());
	}

	private JournalChoices choices(WeekService.Week week) {
		JournalChoices library = this.library.obtain();
		Map<Long, RoutineChoice> offered = new LinkedHashMap<>();
		library.routines().forEach(routine -> offered.put(routine.id(), routine));
		// The runner's week may plan routines of their own that the library does not list.
		week.days()
			.forEach(day -> day.routines()
				.forEach(planned -> offered.putIfAbsent(planned.routine().getId(),
						routineChoice(planned.routine(), planned.entries()))));
		return new JournalChoices(List.copyOf(offered.values()), library.exercises());
	}

	/**
	 * The choices a form needs to be read: the library's alone when it names no routine or one of the library's (no
	 * week built for the save), else with the routines of the runner's week.
	 */
	private JournalChoices choicesToRead(long accountId, SessionForm form) {
		JournalChoices library = this.library.obtain();
		boolean libraryOnly = SessionForm.blank(form.getRoutine()) || SessionFormReader.wholeNumber(form.getRoutine())
			.flatMap(id -> library.routine(id))
			.isPresent();
		return libraryOnly ? library : choices(accountId);
	}

	/** What the library offers every runner: its routines and its exercises, as plain values. */
	private JournalChoices libraryChoices() {
		return new JournalChoices(routines.routines()
			.stream()
			.map(summary -> routineChoice(summary.routine(), entriesToLog(summary.routine())))
			.toList(), exerciseChoices());
	}

	private List<ExerciseChoice> exerciseChoices() {
		return exercises.summaries(exercise -> new ExerciseChoice(exercise.getId(), exercise.getSlug(),
				exercise.getName(), exercise.getDose().getUnit()));
	}

	/** The routine planned on the date's weekday: a strength routine if there is one, else the first. */
	private static Optional<Long> planned(WeekService.Week week, LocalDate date) {
		List<WeekService.PlannedRoutine> planned = week.days().get(date.getDayOfWeek().getValue() - 1).routines();
		return planned.stream()
			.min(Comparator.comparing(routine -> !isStrength(routine.routine())))
			.map(routine -> routine.routine().getId());
	}

	private static boolean isStrength(Routine routine) {
		return routine.getKind() == RoutineKind.STRENGTH || routine.getKind() == RoutineKind.PROGRAMME;
	}

	/** A programme's entries are all in phases: its log rows are those of its first phase. */
	private static List<RoutineEntry> entriesToLog(Routine routine) {
		List<RoutineEntry> unphased = routine.getEntries().stream().filter(entry -> entry.getPhase() == null).toList();
		if (!unphased.isEmpty() || routine.getPhases().isEmpty()) {
			return unphased;
		}
		Long firstPhase = routine.getPhases().get(0).getId();
		return routine.getEntries()
			.stream()
			.filter(entry -> entry.getPhase() != null && firstPhase.equals(entry.getPhase().getId()))
			.toList();
	}

	private static RoutineChoice routineChoice(Routine routine, List<RoutineEntry> entries) {
		return new RoutineChoice(routine.getId(), routine.getName(), isStrength(routine), entries.stream()
			.map(entry -> new PlannedExercise(entry.getExercise().getId(), entry.getDose().getSetsMax(),
					target(entry.getDose()), entry.getDose().getAmountMin()))
			.toList());
	}

	private static String target(Dose dose) {
		return dose.getAmountMin() == dose.getAmountMax() ? Integer.toString(dose.getAmountMin())
				: dose.getAmountMin() + "–" + dose.getAmountMax();
	}

	private static void addExtraRows(SessionForm form) {
		for (int row = 0; row < EXTRA_ROWS; row++) {
			form.getSets().add(new SessionForm.SetRow("", false, null));
		}
	}

}
