package dev.hipflex.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published reference that claims cite, with its design (which bounds how strong a claim resting on it can be,
 * {@link EvidenceGrading}) and the population it studied, in words.
 */
@Entity
@Table(name = "source")
public class Source {

	@Id
	private Long id;

	private String slug;

	private String shortName;

	private String reference;

	private String studyDesign;

	@Enumerated(EnumType.STRING)
	private SourceDesign design;

	private String population;

	private String doi;

	private String url;

	private int position;

	protected Source() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getShortName() {
		return shortName;
	}

	public String getReference() {
		return reference;
	}

	public String getStudyDesign() {
		return studyDesign;
	}

	public SourceDesign getDesign() {
		return design;
	}

	public String getPopulation() {
		return population;
	}

	public String getDoi() {
		return doi;
	}

	public String getUrl() {
		return url;
	}

	public int getPosition() {
		return position;
	}

}
