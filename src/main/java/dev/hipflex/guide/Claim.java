package dev.hipflex.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A health or performance claim the product makes: what we say, what the studies found, the popular
 * version where it goes further than the evidence, how strong the evidence is and its sources. A claim
 * belongs to a guide section or to a muscle.
 */
@Entity
@Table(name = "claim")
public class Claim {

	@Id
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "section_id")
	private GuideSection section;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "muscle_id")
	private Muscle muscle;

	private String statement;

	private String finding;

	private String popularClaim;

	@Enumerated(EnumType.STRING)
	private EvidenceLevel evidenceLevel;

	private int position;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "claim_source", joinColumns = @JoinColumn(name = "claim_id"))
	private Set<SourceLink> sources = new LinkedHashSet<>();

	protected Claim() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public GuideSection getSection() {
		return section;
	}

	public Muscle getMuscle() {
		return muscle;
	}

	public String getStatement() {
		return statement;
	}

	public String getFinding() {
		return finding;
	}

	public String getPopularClaim() {
		return popularClaim;
	}

	public EvidenceLevel getEvidenceLevel() {
		return evidenceLevel;
	}

	public int getPosition() {
		return position;
	}

	/** The sources it cites, in the order of the sources page. */
	public List<SourceLink> getSources() {
		return SourceLink.inOrder(sources);
	}

}
