package dev.hipflex.share;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hipflex.exercise.Exercise;
import dev.hipflex.routine.DoseInput;
import dev.hipflex.routine.PlanChanges;
import dev.hipflex.routine.RoutineEditor;
import dev.hipflex.routine.RoutineEntry;
import dev.hipflex.routine.WeekPlanDay;
import dev.hipflex.routine.WeekService;

import org.springframework.stereotype.Service;

/**
 * What a clinician's summary shows to adjust the runner's plan, through a link that allows it: a dose form and a
 * swap form per exercise of the week, and a note form per day. The changes themselves are the routine module's
 * ({@link PlanChanges}), which records them for the runner to see and undo.
 */
@Service
public class ClinicianAdjustments {

	/**
	 * A form sent back with what was typed and what is wrong with it (at most one per answer): the dose of
	 * {@code doseEntry}, the exercise swapped for {@code swapEntry}, the note of {@code noteDay}.
	 */
	public record Forms(Long doseEntry, DoseInput doseInput, Long swapEntry, String swapProblem, DayOfWeek noteDay,
			String noteText, String noteProblem) {

		static Forms dose(long entry, DoseInput input) {
			return new Forms(entry, input, null, null, null, null, null);
		}

		static Forms swap(long entry, String problem) {
			return new Forms(null, null, entry, problem, null, null, null);
		}

		static Forms note(DayOfWeek day, String text, String problem) {
			return new Forms(null, null, null, null, day, text, problem);
		}

		public boolean hasProblems() {
			return doseInput != null || swapProblem != null || noteProblem != null;
		}

	}

	/**
	 * The forms of the page: {@code token} for their addresses, {@code ownWeek} false when the runner has no week of
	 * their own (HipFlex's recommended one is not theirs to change), a dose form per exercise by its id.
	 */
	public record Page(String token, boolean ownWeek, Map<Long, RoutineEditor.EntryForm> doses, List<Exercise> library,
			Forms sent, int noteMax) {

		public RoutineEditor.EntryForm dose(Long entryId) {
			return doses.get(entryId);
		}

	}

	private final WeekService weeks;

	private final PlanChanges changes;

	ClinicianAdjustments(WeekService weeks, PlanChanges changes) {
		this.weeks = weeks;
		this.changes = changes;
	}

	Forms none() {
		return new Forms(null, null, null, null, null, null, null);
	}

	Page page(long accountId, String token, Forms sent) {
		Map<Long, RoutineEditor.EntryForm> doses = new LinkedHashMap<>();
		Optional<WeekService.Week> own = weeks.own(accountId);
		own.ifPresent(week -> week.grid()
			.forEach(group -> group.entries().forEach(entry -> doses.put(entry.getId(), form(entry, sent)))));
		return new Page(token, own.isPresent(), doses, changes.library(), sent, WeekPlanDay.NOTE_MAX_LENGTH);
	}

	private static RoutineEditor.EntryForm form(RoutineEntry entry, Forms sent) {
		return entry.getId().equals(sent.doseEntry()) ? PlanChanges.form(entry, sent.doseInput())
				: PlanChanges.form(entry);
	}

}
