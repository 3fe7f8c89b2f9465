package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hipflex.guide.EvidenceLevel;
import dev.hipflex.guide.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A named sequence of exercises with their dose; a programme groups its entries in phases. */
@Entity
@Table(name = "routine")
public class Routine {

	@Id
	private Long id;

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

	@OneToMany(mappedBy = "routine", fetch = FetchType.LAZY)
	@OrderBy("position")
	private List<RoutineEntry> entries = new ArrayList<>();

	@OneToMany(mappedBy = "routine", fetch = FetchType.LAZY)
	@OrderBy("number")
	private List<RoutinePhase> phases = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "routine_source", joinColumns = @JoinColumn(name = "routine_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("position")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Routine() {
	}

	public Long getId() {
		return id;
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

	public List<RoutinePhase> getPhases() {
		return phases;
	}

	public Set<Source> getSources() {
		return sources;
	}

	public boolean isProgramme() {
		return kind == RoutineKind.PROGRAMME;
	}

}
