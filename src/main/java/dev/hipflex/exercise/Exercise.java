package dev.hipflex.exercise;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hipflex.guide.EvidenceLevel;
import dev.hipflex.guide.Muscle;
import dev.hipflex.guide.SourceLink;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.SQLJoinTableRestriction;

/** An exercise of the library, with its usual dose and how to do it well and safely. */
@Entity
@Table(name = "exercise")
public class Exercise {

	@Id
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ExerciseType type;

	private String summary;

	@Embedded
	private Dose dose;

	private String frequency;

	private String tempo;

	private String steps;

	private String cues;

	private String mistakes;

	private String cautions;

	@Enumerated(EnumType.STRING)
	private EvidenceLevel doseEvidenceLevel;

	private String doseNote;

	private String illustrationAlt;

	private int position;

	private LocalDate updatedOn;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "exercise_muscle", joinColumns = @JoinColumn(name = "exercise_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_id"))
	@SQLJoinTableRestriction("role = 'PRIMARY'")
	@OrderBy("position")
	private Set<Muscle> primaryMuscles = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "exercise_muscle", joinColumns = @JoinColumn(name = "exercise_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_id"))
	@SQLJoinTableRestriction("role = 'SECONDARY'")
	@OrderBy("position")
	private Set<Muscle> secondaryMuscles = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"),
			inverseJoinColumns = @JoinColumn(name = "equipment_id"))
	@OrderBy("position")
	private Set<Equipment> equipment = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "exercise_source", joinColumns = @JoinColumn(name = "exercise_id"))
	private Set<SourceLink> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "exercise", fetch = FetchType.LAZY)
	@OrderBy("direction, position")
	private Set<ExerciseVariant> variants = new LinkedHashSet<>();

	protected Exercise() {
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

	public ExerciseType getType() {
		return type;
	}

	public String getSummary() {
		return summary;
	}

	public Dose getDose() {
		return dose;
	}

	public String getFrequency() {
		return frequency;
	}

	public String getTempo() {
		return tempo;
	}

	public String getSteps() {
		return steps;
	}

	public String getCues() {
		return cues;
	}

	public String getMistakes() {
		return mistakes;
	}

	public String getCautions() {
		return cautions;
	}

	public EvidenceLevel getDoseEvidenceLevel() {
		return doseEvidenceLevel;
	}

	public String getDoseNote() {
		return doseNote;
	}

	public String getIllustrationAlt() {
		return illustrationAlt;
	}

	/** The illustration's address: one SVG per exercise, named by its slug. */
	public String getIllustrationUrl() {
		return ExerciseUrls.illustration(slug);
	}

	public int getPosition() {
		return position;
	}

	public Set<Muscle> getPrimaryMuscles() {
		return primaryMuscles;
	}

	public Set<Muscle> getSecondaryMuscles() {
		return secondaryMuscles;
	}

	public Set<Equipment> getEquipment() {
		return equipment;
	}

	/** The sources it cites, in the order of the sources page. */
	public List<SourceLink> getSources() {
		return SourceLink.inOrder(sources);
	}

	public Set<ExerciseVariant> getVariants() {
		return variants;
	}

	/** The day this exercise's page last changed (the sitemap's lastmod too). */
	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
