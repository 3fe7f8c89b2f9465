package dev.hipflex.guide;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A section of a guide page: a heading, text, optionally a block of data shown after the text, and the muscle
 * pages it links to (prose holds no links, so a section names its muscles as rows).
 */
@Entity
@Table(name = "guide_section")
public class GuideSection {

	/**
	 * Data a section shows after its text. {@link #RED_FLAGS_LINK} is a link to the red flags, for a section that
	 * mentions a pain rule but is not the place for the whole red-flag box.
	 */
	public enum Block {

		MUSCLES, STRAIN_GRADES, RED_FLAGS, RED_FLAGS_LINK, PROGRESSION_RULES

	}

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "page_id")
	private GuidePage page;

	private String slug;

	private String heading;

	private String body;

	@Enumerated(EnumType.STRING)
	private Block block;

	private int position;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "guide_section_muscle", joinColumns = @JoinColumn(name = "section_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_id"))
	@OrderBy("position")
	private Set<Muscle> muscles = new LinkedHashSet<>();

	protected GuideSection() {
	}

	public Long getId() {
		return id;
	}

	public GuidePage getPage() {
		return page;
	}

	public String getSlug() {
		return slug;
	}

	public String getHeading() {
		return heading;
	}

	public String getBody() {
		return body;
	}

	public Block getBlock() {
		return block;
	}

	public int getPosition() {
		return position;
	}

	/** Loaded for a page by {@code GuidePageRepository.findSectionsWithMuscles}. */
	public Set<Muscle> getMuscles() {
		return muscles;
	}

}
