package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.ConflictException;
import dev.hipflex.system.NotFoundException;
import dev.hipflex.system.StoredText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a runner's own week: starting it from a template or from seven rest days, a day's run and note,
 * which routines are planned on it and in what order, and starting again. Every method takes the runner's
 * account id and finds rows only through that runner's week, so an id of another runner's row is not
 * found (a 404) and nothing changes.
 */
@Service
@Transactional
public class WeekEditor {

	private final WeekPlanRepository weeks;

	private final RoutineRepository routines;

	WeekEditor(WeekPlanRepository weeks, RoutineRepository routines) {
		this.weeks = weeks;
		this.routines = routines;
	}

	/**
	 * What a runner can plan on a day: HipFlex's routines, except programmes (their phases run over several
	 * weeks, so they do not fit one day), and the runner's own routines.
	 */
	public record RoutineChoices(List<Routine> templates, List<Routine> own) {
	}

	/** A routine as planned on a day, to tell the runner what changed. */
	public record Planned(DayOfWeek day, String routineName) {
	}

	/** Whether a routine was added, or was already planned on that day in that slot. */
	public record Added(Planned planned, boolean added) {
	}

	@Transactional(readOnly = true)
	public List<WeekPlan> templates() {
		return weeks.findTemplates();
	}

	@Transactional(readOnly = true)
	public boolean hasWeek(Long accountId) {
		return weeks.existsByOwnerId(accountId);
	}

	@Transactional(readOnly = true)
	public RoutineChoices choices(Long accountId) {
		List<Routine> all = routines.findTemplatesAndOwnedBy(accountId);
		return new RoutineChoices(
				all.stream()
					.filter(routine -> routine.getOwnerId() == null && routine.getKind() != RoutineKind.PROGRAMME)
					.toList(),
				all.stream().filter(routine -> routine.getOwnerId() != null).toList());
	}

	/**
	 * Makes the runner's week: a copy of the template week with that slug (the same days, notes, routines
	 * and summary; the routines stay HipFlex's until the runner changes one), or seven rest days for no
	 * slug. Returns false, changing nothing, if the runner already has a week.
	 */
	public boolean start(Long accountId, String templateSlug, String name) {
		WeekPlan template = templateSlug == null ? null : weeks.findTemplate(templateSlug)
			.orElseThrow(() -> new BadRequestException("myweek.start.badChoice"));
		if (weeks.existsByOwnerId(accountId)) {
			return false;
		}
		WeekPlan plan = WeekPlan.ownedBy(accountId, name, template == null ? "" : template.getSummary());
		if (template != null) {
			plan.copyDays(template);
		}
		weeks.save(plan);
		return true;
	}

	/**
	 * The note's problem as a message key, if it has one: a note is at most {@value WeekPlanDay#NOTE_MAX_LENGTH}
	 * characters, counted as {@link StoredText} counts them.
	 */
	public static Optional<String> noteProblem(String note) {
		String stored = note == null ? null : note.strip();
		if (!StoredText.fits(stored, WeekPlanDay.NOTE_MAX_LENGTH)) {
			return Optional.of("myweek.day.note.tooLong");
		}
		return StoredText.storable(stored) ? Optional.empty() : Optional.of("myweek.day.note.unstorable");
	}

	public void changeDay(Long accountId, DayOfWeek dayOfWeek, boolean runDay, String note) {
		if (noteProblem(note).isPresent()) {
			throw new IllegalArgumentException("note too long");
		}
		WeekPlanDay day = day(accountId, dayOfWeek);
		day.setRunDay(runDay);
		day.setNote(note == null || note.isBlank() ? null : note.strip());
	}

	/**
	 * Plans a routine (one of HipFlex's or the runner's own) on a day, after the others of its slot. Planning
	 * it again in the same slot of the same day changes nothing, so a form sent twice adds it once.
	 */
	public Added addRoutine(Long accountId, DayOfWeek dayOfWeek, Long routineId, WeekPlanItem.Slot slot) {
		WeekPlanDay day = day(accountId, dayOfWeek);
		Routine routine = plannable(accountId, routineId);
		boolean planned = day.getItems().stream()
			.anyMatch(item -> item.getRoutine().getId().equals(routineId) && item.getSlot() == slot);
		if (!planned) {
			day.addItem(routine, slot);
		}
		return new Added(new Planned(dayOfWeek, routine.getName()), !planned);
	}

	public Planned move(Long accountId, Long itemId, Positioned.Direction direction) {
		WeekPlanItem item = item(accountId, itemId);
		item.getDay().move(item, direction);
		return planned(item);
	}

	public Planned remove(Long accountId, Long itemId) {
		WeekPlanItem item = item(accountId, itemId);
		item.getDay().removeItem(item);
		return planned(item);
	}

	/**
	 * Starts again from the recommended week. The runner's own routines go too: they were made for the
	 * week being replaced, and keeping them would leave look-alike copies behind.
	 */
	public void reset(Long accountId, String name) {
		delete(accountId);
		start(accountId, WeekPlan.RECOMMENDED, name);
	}

	/** Deletes the runner's week and their own routines; the database deletes what hangs off them. */
	public void delete(Long accountId) {
		weeks.deleteByOwnerId(accountId);
		routines.deleteByOwnerId(accountId);
	}

	private WeekPlan plan(Long accountId) {
		return weeks.findByOwnerId(accountId).orElseThrow(() -> new NotFoundException("no week of " + accountId));
	}

	/** The runner's week, locked for a change (see {@link WeekPlanRepository#lockByOwnerId}). */
	private WeekPlan lockedPlan(Long accountId) {
		weeks.lockByOwnerId(accountId).orElseThrow(() -> new NotFoundException("no week of " + accountId));
		return plan(accountId);
	}

	private WeekPlanDay day(Long accountId, DayOfWeek dayOfWeek) {
		return lockedPlan(accountId).day(dayOfWeek).orElseThrow();
	}

	/**
	 * An item of the runner's week, to change. One that was there when the request came but gone once the
	 * week is locked was removed by a request sent at the same moment (a double click): a conflict, not a 404.
	 */
	private WeekPlanItem item(Long accountId, Long itemId) {
		if (!weeks.hasItem(accountId, itemId)) {
			throw new NotFoundException("item " + itemId);
		}
		return lockedPlan(accountId).item(itemId).orElseThrow(() -> new ConflictException("myweek.item.gone"));
	}

	private Routine plannable(Long accountId, Long routineId) {
		return routines.findById(routineId)
			.filter(routine -> routine.isOwned() ? routine.getOwnerId().equals(accountId)
					: routine.getKind() != RoutineKind.PROGRAMME)
			.orElseThrow(() -> new NotFoundException("routine " + routineId));
	}

	private static Planned planned(WeekPlanItem item) {
		return new Planned(item.getDay().getDayOfWeek(), item.getRoutine().getName());
	}

}
