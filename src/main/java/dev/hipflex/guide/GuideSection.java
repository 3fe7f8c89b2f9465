package dev.hipflex.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A section of a guide page: a heading, text, and optionally a block of data shown after the text. */
@Entity
@Table(name = "guide_section")
public class GuideSection {

	/**
	 * Data a section shows after its text. {@link #RED_FLAGS_LINK} is a link to the red flags, for a section that
	 * mentions a pain rule but is not the place for the whole red-flag box.
	 */
	public enum Block {

		MUSCLES, STRAIN_GRADES, RED_FLAGS, RED_FLAGS_LINK

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

}
