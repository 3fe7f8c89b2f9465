package dev.hipflex.routine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.system.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads routines with their exercises and estimates how long each takes. */
@Service
@Transactional(readOnly = true)
public class RoutineService {

	private final RoutineRepository routines;

	RoutineService(RoutineRepository routines) {
		this.routines = routines;
	}

	/** A routine for the list: how long it takes (for a programme, one session of its first phase). */
	public record RoutineSummary(Routine routine, SessionTime.Minutes minutes) {
	}

	/** A phase of a programme with its exercises and the time a session takes. */
	public record PhaseView(RoutinePhase phase, List<RoutineEntry> entries, SessionTime.Minutes minutes) {
	}

	/** A routine's page: its exercises (outside any phase) and, for a programme, its phases. */
	public record RoutineView(Routine routine, List<RoutineEntry> entries, SessionTime.Minutes minutes,
			List<PhaseView> phases) {
	}

	public List<RoutineSummary> routines() {
		return routines.findTemplates().stream().map(routine -> {
			RoutineView view = view(routine);
			SessionTime.Minutes minutes = view.phases().isEmpty() ? view.minutes() : view.phases().get(0).minutes();
			return new RoutineSummary(routine, minutes);
		}).toList();
	}

	public RoutineView routine(String slug) {
		return view(routines.findBySlug(slug).orElseThrow(() -> new NotFoundException("routine " + slug)));
	}

	RoutineView view(Routine routine) {
		Hibernate.initialize(routine.getSources());
		List<RoutineEntry> unphased = routine.getEntries().stream().filter(entry -> entry.getPhase() == null).toList();
		Map<Long, List<RoutineEntry>> byPhase = new LinkedHashMap<>();
		routine.getEntries().stream().filter(entry -> entry.getPhase() != null)
			.forEach(entry -> byPhase.computeIfAbsent(entry.getPhase().getId(), id -> new java.util.ArrayList<>())
				.add(entry));
		routine.getEntries().forEach(entry -> Hibernate.initialize(entry.getExercise()));
		List<PhaseView> phases = routine.getPhases().stream().map(phase -> {
			List<RoutineEntry> entries = byPhase.getOrDefault(phase.getId(), List.of());
			return new PhaseView(phase, entries, minutes(entries));
		}).toList();
		return new RoutineView(routine, unphased, minutes(unphased), phases);
	}

	static SessionTime.Minutes minutes(List<RoutineEntry> entries) {
		return SessionTime.of(entries.stream()
			.map(entry -> new SessionTime.Work(entry.getExercise().getType(), entry.getDose()))
			.toList());
	}

}
