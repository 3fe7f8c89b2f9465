package dev.hipflex.routine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hipflex.guide.EvidenceLevel;
import dev.hipflex.guide.SourceLink;
import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A named sequence of exercises with their dose; a programme groups its entries in phases. A template (no
 * owner) is shared and never changed by the application; a runner's own routine (an owner, no slug) is a
 * copy of a template that they change as they like.
 */
@Entity
@Table(name = "routine")
public class Routine {

	/**
	 * The most exercises a routine can have: a session done with it must fit the journal's log form, which
	 * holds 100 sets, and each exercise plans up to {@value DoseInput#SETS_MAX} sets.
	 */
	public static final int ENTRIES_MAX = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The runner's account for their own routine; null for a template. */
	@Column(name = "owner_id")
	private Long ownerId;

	/** The template a runner's routine was copied from. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "based_on_id")
	private Routine basedOn;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private RoutineKind kind;

	private String summary;

	private String whenToDo;

	private String description;

	private String rules;

	@Enumerated(EnumType.STRING)
	private EvidenceLevel evidenceLevel;

	private int position;

	private LocalDate updatedOn;

	@OneToMany(mappedBy = "routine", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RoutineEntry> entries = new ArrayList<>();

	@OneToMany(mappedBy = "routine", fetch = FetchType.LAZY)
	@OrderBy("number")
	private List<RoutinePhase> phases = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "routine_source", joinColumns = @JoinColumn(name = "routine_id"))
	private Set<SourceLink> sources = new LinkedHashSet<>();

	protected Routine() {
	}

	/**
	 * The runner's own copy of a template: the same name, description and exercises outside any phase
	 * (the week plans only those), with their doses and notes.
	 */
	static Routine copyFor(Long ownerId, Routine template) {
		Routine copy = new Routine();
		copy.ownerId = ownerId;
		copy.basedOn = template;
		// Through getters: the template may be a lazy proxy (met first as a planned item's routine), whose own
		// fields are empty.
		copy.name = template.getName();
		copy.kind = template.getKind();
		copy.summary = template.getSummary();
		copy.whenToDo = template.getWhenToDo();
		copy.description = template.getDescription();
		copy.rules = template.getRules();
		copy.evidenceLevel = template.getEvidenceLevel();
		copy.position = template.getPosition();
		for (RoutineEntry entry : template.getUnphasedEntries()) {
			copy.entries.add(new RoutineEntry(copy, entry.getExercise(), entry.getPosition(), RoutineEntry.copyOf(entry.getDose()),
					entry.getNote()));
		}
		return copy;
	}

	RoutineEntry addEntry(Exercise exercise, Dose dose) {
		RoutineEntry entry = new RoutineEntry(this, exercise, Positioned.next(entries), dose, null);
		entries.add(entry);
		return entry;
	}

	void removeEntry(RoutineEntry entry) {
		entries.remove(entry);
	}

	public Long getId() {
		return id;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	/** A runner's own routine rather than a shared template. */
	public boolean isOwned() {
		return ownerId != null;
	}

	public Routine getBasedOn() {
		return basedOn;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public RoutineKind getKind() {
		return kind;
	}

	public String getSummary() {
		return summary;
	}

	public String getWhenToDo() {
		return whenToDo;
	}

	public String getDescription() {
		return description;
	}

	public String getRules() {
		return rules;
	}

	public EvidenceLevel getEvidenceLevel() {
		return evidenceLevel;
	}

	public int getPosition() {
		return position;
	}

	/** Every entry, of every phase for a programme, in order. */
	public List<RoutineEntry> getEntries() {
		return entries;
	}

	/** The exercises outside any phase: all of them, except for a programme. */
	public List<RoutineEntry> getUnphasedEntries() {
		return entries.stream().filter(entry -> entry.getPhase() == null).toList();
	}

	public List<RoutinePhase> getPhases() {
		return phases;
	}

	/** The sources it cites, in the order of the sources page. */
	public List<SourceLink> getSources() {
		return SourceLink.inOrder(sources);
	}

	public boolean isProgramme() {
		return kind == RoutineKind.PROGRAMME;
	}

	/** The day this routine's page last changed; none for a runner's own routine, which is no public page. */
	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
