package dev.hipflex.exercise;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.hipflex.guide.GuideService;
import dev.hipflex.guide.Muscle;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.NotFoundException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds exercises for the library and loads one exercise with everything its page shows. */
@Service
@Transactional(readOnly = true)
public class ExerciseService {

	private final ExerciseRepository exercises;

	private final EquipmentRepository equipment;

	private final GuideService guide;

	ExerciseService(ExerciseRepository exercises, EquipmentRepository equipment, GuideService guide) {
		this.exercises = exercises;
		this.equipment = equipment;
		this.guide = guide;
	}

	/** What the filter form offers: only muscles that some exercise trains. */
	public record FilterOptions(List<ExerciseType> types, List<Muscle> muscles, List<Equipment> equipment) {
	}

	/** One page of the library. */
	public record LibraryPage(ExerciseFilter filter, List<Exercise> exercises, long total, int pages) {
	}

	public FilterOptions filterOptions() {
		List<Exercise> all = exercises.findAllByOrderByPosition();
		List<Muscle> trained = all.stream()
			.flatMap(exercise -> java.util.stream.Stream.concat(exercise.getPrimaryMuscles().stream(),
					exercise.getSecondaryMuscles().stream()))
			.collect(Collectors.toMap(Muscle::getSlug, Function.identity(), (a, b) -> a))
			.values()
			.stream()
			.sorted(Comparator.comparingInt(Muscle::getPosition))
			.toList();
		return new FilterOptions(List.of(ExerciseType.values()), trained, equipment.findAllByOrderByPosition());
	}

	public ExerciseFilter parseFilter(String type, String muscle, String equipmentSlug, String page, String size) {
		return ExerciseFilter.parse(type, muscle, equipmentSlug, page, size,
				guide.muscles().stream().map(Muscle::getSlug).toList(),
				equipment.findAllByOrderByPosition().stream().map(Equipment::getSlug).toList());
	}

	public LibraryPage library(ExerciseFilter filter) {
		Page<Exercise> page = exercises.findAll(specification(filter),
				PageRequest.of(filter.page() - 1, filter.size(), Sort.by("position")));
		if (filter.page() > 1 && filter.page() > page.getTotalPages()) {
			throw new BadRequestException("exercises.filter.noSuchPage", filter.page(), page.getTotalPages());
		}
		List<Long> ids = page.getContent().stream().map(Exercise::getId).toList();
		Map<Long, Exercise> loaded = exercises.findByIdIn(ids).stream()
			.collect(Collectors.toMap(Exercise::getId, Function.identity()));
		List<Exercise> ordered = ids.stream().map(loaded::get).toList();
		ordered.forEach(ExerciseService::initialize);
		return new LibraryPage(filter, ordered, page.getTotalElements(), Math.max(1, page.getTotalPages()));
	}

	public Exercise exercise(String slug) {
		Exercise exercise = exercises.findBySlug(slug).orElseThrow(() -> new NotFoundException("exercise " + slug));
		initialize(exercise);
		exercise.getVariants().forEach(variant -> Hibernate.initialize(variant.getVariantExercise()));
		return exercise;
	}

	/**
	 * The library's exercises in order, each turned into a summary by {@code summary}, which may read only
	 * the exercise's own fields (name, slug, dose...): their lists are not loaded. One query, for the
	 * journal's forms and filter, which need no more.
	 */
	public <T> List<T> summaries(Function<Exercise, T> summary) {
		return exercises.findAllByOrderByPosition().stream().map(summary).toList();
	}

	/** The exercise with this id, for a routine to add: its own fields only (its lists are not loaded). */
	public Optional<Exercise> find(long id) {
		return exercises.findById(id);
	}

	/**
	 * The variants of these exercises, by exercise id: for pages that already hold the exercises (a runner's week)
	 * and need their variants too, in one query. The exercise a variant names is loaded when first read, so read it
	 * within the caller's transaction; most callers only ask whether there is one.
	 */
	public Map<Long, List<ExerciseVariant>> variantsOf(Collection<Long> exerciseIds) {
		if (exerciseIds.isEmpty()) {
			return Map.of();
		}
		return exercises.findAllVariants().stream()
			.filter(row -> exerciseIds.contains((Long) row[0]))
			.collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (ExerciseVariant) row[1],
					Collectors.toList())));
	}

	public List<Exercise> all() {
		List<Exercise> all = exercises.findAllByOrderByPosition();
		all.forEach(ExerciseService::initialize);
		return all;
	}

	/** Loads what pages show of an exercise (batched by Hibernate across a page of exercises). */
	private static void initialize(Exercise exercise) {
		Hibernate.initialize(exercise.getPrimaryMuscles());
		Hibernate.initialize(exercise.getSecondaryMuscles());
		Hibernate.initialize(exercise.getEquipment());
		Hibernate.initialize(exercise.getSources());
		Hibernate.initialize(exercise.getVariants());
	}

	static Specification<Exercise> specification(ExerciseFilter filter) {
		Specification<Exercise> specification = (root, query, cb) -> cb.conjunction();
		if (filter.type() != null) {
			specification = specification.and((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
		}
		if (filter.muscle() != null) {
			specification = specification.and((root, query, cb) -> cb.or(
					cb.exists(trains(root, query, cb, "primaryMuscles", filter.muscle())),
					cb.exists(trains(root, query, cb, "secondaryMuscles", filter.muscle()))));
		}
		if (filter.equipment() != null) {
			specification = specification.and((root, query, cb) -> {
				Subquery<Long> uses = query.subquery(Long.class);
				Root<Exercise> other = uses.from(Exercise.class);
				Join<Exercise, Equipment> item = other.join("equipment");
				return cb.exists(uses.select(other.get("id"))
					.where(cb.equal(other, root), cb.equal(item.get("slug"), filter.equipment())));
			});
		}
		return specification;
	}

	/** Exercises that train the muscle in the given role ({@code primaryMuscles} or {@code secondaryMuscles}). */
	private static Subquery<Long> trains(Root<Exercise> root, CriteriaQuery<?> query, CriteriaBuilder cb, String role,
			String muscleSlug) {
		Subquery<Long> trains = query.subquery(Long.class);
		Root<Exercise> other = trains.from(Exercise.class);
		Join<Exercise, Muscle> muscle = other.join(role);
		return trains.select(other.get("id")).where(cb.equal(other, root), cb.equal(muscle.get("slug"), muscleSlug));
	}

}
