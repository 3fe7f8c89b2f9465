package dev.hipflex.guide;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A hip flexor muscle; iliacus and psoas major are parts of the iliopsoas. */
@Entity
@Table(name = "muscle")
public class Muscle {

	@Id
	private Long id;

	private String slug;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "part_of_id")
	private Muscle partOf;

	/** Main hip flexors get a full page; the others a shorter entry. */
	private boolean main;

	/** False for muscles that are here because exercises train them (glutes, hamstrings...). */
	private boolean hipFlexor;

	private String summary;

	private String origin;

	private String insertion;

	private String nerve;

	private String actions;

	private String strideRole;

	private String injuries;

	private int position;

	private LocalDate updatedOn;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "muscle_source", joinColumns = @JoinColumn(name = "muscle_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("position")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Muscle() {
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

	public Muscle getPartOf() {
		return partOf;
	}

	public boolean isMain() {
		return main;
	}

	public boolean isHipFlexor() {
		return hipFlexor;
	}

	public String getSummary() {
		return summary;
	}

	public String getOrigin() {
		return origin;
	}

	public String getInsertion() {
		return insertion;
	}

	public String getNerve() {
		return nerve;
	}

	public String getActions() {
		return actions;
	}

	public String getStrideRole() {
		return strideRole;
	}

	public String getInjuries() {
		return injuries;
	}

	public int getPosition() {
		return position;
	}

	public Set<Source> getSources() {
		return sources;
	}

	/** The anatomy references as the evidence line cites them: each states the muscle's facts directly. */
	public List<SourceLink> getSourceLinks() {
		return sources.stream().map(SourceLink::direct).toList();
	}

	/** The day this muscle's page last changed (the sitemap's lastmod too). */
	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
