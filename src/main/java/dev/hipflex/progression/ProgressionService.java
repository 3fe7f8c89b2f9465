package dev.hipflex.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerLock;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.exercise.ExerciseVariant;
import dev.hipflex.guide.GuideService;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.JournalService.LoggedSession;
import dev.hipflex.progression.NextStepRules.Action;
import dev.hipflex.progression.NextStepRules.Logged;
import dev.hipflex.progression.NextStepRules.Suggestion;
import dev.hipflex.routine.RoutineEditor;
import dev.hipflex.routine.RoutineEntry;
import dev.hipflex.routine.WeekService;
import dev.hipflex.start.Screening;
import dev.hipflex.start.StartService;
import dev.hipflex.system.ConflictException;
import dev.hipflex.system.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The suggested next step for each exercise of the runner's own week: gathers what {@link NextStepRules} reads
 * (the journal's recent sessions, the usual pain level, the pain check, the start screen's answers, the injury
 * pauses, the last change applied) and applies a suggestion to the week through the routine editor.
 */
@Service
@Transactional(readOnly = true)
public class ProgressionService {

	/** How many of the runner's latest sessions are read: enough for two in a row of any planned exercise. */
	static final int SESSIONS_READ = 20;

	private final WeekService weeks;

	private final JournalService journal;

	private final AccountService accounts;

	private final StartService start;

	private final GuideService guide;

	private final RoutineEditor editor;

	private final ProgressionStepRepository steps;

	private final RunnerLock lock;

	private final ObjectProvider<InjuryPauses> pauses;

	private final RunnerZone zones;

	private final ObjectProvider<ClinicianAdjusting> clinicians;

	private final ExerciseService exercises;

	/**
	 * The rules' limits, read once: they are content, which changes only by a migration and a restart
	 * ({@link dev.hipflex.system.ContentVersion}), and every week page and session page needs them.
	 */
	private final SingletonSupplier<Thresholds> limits;

	ProgressionService(WeekService weeks, JournalService journal, AccountService accounts, StartService start,
			GuideService guide, RoutineEditor editor, ProgressionStepRepository steps, RunnerLock lock,
			ObjectProvider<InjuryPauses> pauses, RunnerZone zones, ObjectProvider<ClinicianAdjusting> clinicians,
			ExerciseService exercises) {
		this.exercises = exercises;
		this.limits = SingletonSupplier.of(() -> Thresholds.of(guide.progressionRules()));
		this.clinicians = clinicians;
		this.weeks = weeks;
		this.journal = journal;
		this.accounts = accounts;
		this.start = start;
		this.guide = guide;
		this.editor = editor;
		this.steps = steps;
		this.lock = lock;
		this.pauses = pauses;
		this.zones = zones;
	}

	/**
	 * A suggestion for an exercise planned in the runner's week: where it is (routine and entry), the dose now and
	 * after the change (or the variant and its dose), the runner's usual pain level the values are compared with,
	 * and the latest session with the exercise (whose page shows it).
	 */
	public record NextStep(Long routineId, Long entryId, Exercise exercise, Dose dose, Suggestion suggestion,
			Dose newDose, Exercise variant, int usualPain, long latestSessionId) {
	}

	/** What an applied suggestion changed: the exercise and what is planned now. */
	public record Applied(String exercise, String planned) {
	}

	/** One suggestion at most per exercise of the runner's own week; none without a week or logged sessions. */
	public List<NextStep> forWeek(long accountId) {
		return weeks.own(accountId).map(week -> forWeek(accountId, week)).orElse(List.of());
	}

	/**
	 * The same, for the runner's own week as the page showing it has just built it (so that a request builds it
	 * once); the week's exercises' variants are read here.
	 */
	public List<NextStep> forWeek(long accountId, WeekService.Week ownWeek) {
		List<LoggedSession> sessions = journal.recentSessions(accountId, SESSIONS_READ);
		return sessions.isEmpty() ? List.of() : steps(accountId, WeekService.entries(ownWeek), sessions);
	}

	/**
	 * The suggestions a session's page shows: for the exercises whose latest session it is. Only those exercises
	 * are judged (their entries read from the week without building it), and none when the session is not among the
	 * recent ones the rules read.
	 */
	public List<NextStep> forSession(long accountId, long sessionId) {
		List<LoggedSession> sessions = journal.recentSessions(accountId, SESSIONS_READ);
		Set<Long> latestHere = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		for (LoggedSession session : sessions) {
			for (Long exercise : session.amountsByExercise().keySet()) {
				if (seen.add(exercise) && session.id() == sessionId) {
					latestHere.add(exercise);
				}
			}
		}
		if (latestHere.isEmpty()) {
			return List.of();
		}
		return steps(accountId, weeks.ownEntries(accountId, latestHere), sessions).stream()
			.filter(step -> step.latestSessionId() == sessionId)
			.toList();
	}

	/** The suggestions for these planned exercises, in their order; the first planning of an exercise counts. */
	private List<NextStep> steps(long accountId, List<WeekService.PlannedEntry> planned, List<LoggedSession> sessions) {
		if (planned.isEmpty()) {
			return List.of();
		}
		// The runner's own today (their time zone): "at most once a week" and the pause's days count from it.
		LocalDate today = zones.today(accountId);
		int usualPain = accounts.usualPain(accountId);
		NextStepRules.Gates gates = gates(accountId, today);
		List<ProgressionStep> applied = steps.findByAccountIdOrderByAppliedOnDescIdDesc(accountId);
		Thresholds limits = this.limits.obtain();
		// The variants by one query, not through each exercise: the week may come from a page whose database session
		// is closed.
		Map<Long, List<ExerciseVariant>> variants = exercises
			.variantsOf(planned.stream().map(entry -> entry.entry().getExercise().getId()).collect(Collectors.toSet()));
		Set<Long> seen = new HashSet<>();
		List<NextStep> next = new ArrayList<>();
		for (WeekService.PlannedEntry entry : planned) {
			Exercise exercise = entry.entry().getExercise();
			if (seen.add(exercise.getId())) {
				nextStep(entry.routineId(), entry.entry(), sessions, usualPain, gates, applied, today, limits,
						variants.getOrDefault(exercise.getId(), List.of()))
					.ifPresent(next::add);
			}
		}
		return next;
	}

	/**
	 * Applies the suggestion for an exercise of the runner's week, made again from what is stored now (never from
	 * what the form says): a 409 when there is nothing to apply, for example a second change within the week.
	 */
	@Transactional
	public Applied apply(long accountId, long routineId, long entryId) {
		lock.lock(accountId);
		NextStep step = forWeek(accountId).stream()
			.filter(next -> next.routineId() == routineId && next.entryId() == entryId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("no next step for entry " + entryId));
		Suggestion suggestion = step.suggestion();
		if (!suggestion.applicable()) {
			if (suggestion.lastChange() != null) {
				throw new ConflictException("nextStep.apply.tooSoon", suggestion.lastChange());
			}
			throw new ConflictException("nextStep.apply.nothing", step.exercise().getName());
		}
		Exercise now = step.variant() != null ? step.variant() : step.exercise();
		if (step.variant() != null) {
			editor.replaceExercise(accountId, routineId, entryId, step.variant());
		}
		else {
			editor.changeDose(accountId, routineId, entryId, step.newDose());
		}
		steps.save(new ProgressionStep(accountId, now.getId(), step.exercise().getId(), suggestion.rule(),
				suggestion.action().name(), zones.today(accountId)));
		return new Applied(step.exercise().getName(), now.getName());
	}

	private Optional<NextStep> nextStep(Long routineId, RoutineEntry entry, List<LoggedSession> sessions, int usualPain,
			NextStepRules.Gates gates, List<ProgressionStep> applied, LocalDate today, Thresholds limits,
			List<ExerciseVariant> variants) {
		Exercise exercise = entry.getExercise();
		Dose dose = entry.getDose();
		List<Logged> logged = sessions.stream()
			.filter(session -> session.amountsByExercise().containsKey(exercise.getId()))
			.map(session -> new Logged(session.id(), session.date(), session.effort(), session.painDuring(),
					session.painNextMorning(), topReached(session.amountsByExercise().get(exercise.getId()), dose)))
			.toList();
		Exercise harder = variant(variants, ExerciseVariant.Direction.HARDER);
		Exercise easier = variant(variants, ExerciseVariant.Direction.EASIER);
		LocalDate lastChange = applied.stream()
			.filter(step -> step.getExerciseId().equals(exercise.getId())
					|| step.getPreviousExerciseId().equals(exercise.getId()))
			.map(ProgressionStep::getAppliedOn)
			.findFirst()
			.orElse(null);
		NextStepRules.Input input = new NextStepRules.Input(
				new NextStepRules.Plan(dose.getSetsMax(), harder != null, easier != null), logged, usualPain, gates,
				lastChange, today);
		return NextStepRules.suggest(input, limits).map(suggestion -> {
			Exercise variant = suggestion.action() == Action.HARDER_VARIANT ? harder
					: suggestion.action() == Action.EASIER_VARIANT ? easier : null;
			Dose newDose = switch (suggestion.action()) {
				case ADD_SET -> sets(dose, dose.getSetsMax() + 1);
				case FEWER_SETS -> sets(dose, dose.getSetsMax() - 1);
				default -> variant != null ? variant.getDose() : null;
			};
			return new NextStep(routineId, entry.getId(), exercise, dose, suggestion, newDose, variant, usualPain,
					logged.get(0).sessionId());
		});
	}

	/** Every planned set done at the top of the range: as many sets at the top amount as the most sets planned. */
	static boolean topReached(List<Integer> amounts, Dose dose) {
		return amounts.stream().filter(Objects::nonNull).filter(amount -> amount >= dose.getAmountMax()).count()
				>= dose.getSetsMax();
	}

	private static Dose sets(Dose dose, int sets) {
		return Dose.of(dose.getUnit(), sets, sets, dose.getAmountMin(), dose.getAmountMax(), dose.isPerSide());
	}

	private static Exercise variant(List<ExerciseVariant> variants, ExerciseVariant.Direction direction) {
		return variants.stream()
			.filter(variant -> variant.getDirection() == direction && variant.getVariantExercise() != null)
			.min(Comparator.comparingInt(ExerciseVariant::getPosition))
			.map(ExerciseVariant::getVariantExercise)
			.orElse(null);
	}

	private NextStepRules.Gates gates(long accountId, LocalDate today) {
		Screening screening = start.screening(accountId).orElse(null);
		InjuryPauses injuryPauses = pauses.getIfAvailable();
		OptionalInt sincePause = injuryPauses == null ? OptionalInt.empty()
				: injuryPauses.daysSinceLastInjuryPause(accountId, today);
		ClinicianAdjusting adjusting = clinicians.getIfAvailable();
		// A runner who lets a clinician adjust their plan has the plan of a clinician who manages it.
		boolean clinicianManages = screening != null && screening.clinicianManages()
				|| adjusting != null && adjusting.adjusting(accountId);
		return new NextStepRules.Gates(screening != null && screening.isStopped(), clinicianManages,
				screening != null && screening.boneStressInjury(),
				journal.painCheck(accountId).isPresent(), sincePause);
	}

}
