package dev.hipflex.guide;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A source as something graded cites it: whether it supports or contradicts what cites it, and whether it
 * studied that question in that population or a different one. One row of {@code claim_source},
 * {@code checklist_item_source}, {@code exercise_source} or {@code routine_source}.
 */
@Embeddable
public class SourceLink {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	@Enumerated(EnumType.STRING)
	private Directness directness;

	protected SourceLink() {
	}

	private SourceLink(Source source, Stance stance, Directness directness) {
		this.source = source;
		this.stance = stance;
		this.directness = directness;
	}

	/** An anatomy reference behind a muscle's facts, which it states directly. */
	static SourceLink direct(Source source) {
		return new SourceLink(source, Stance.SUPPORTS, Directness.DIRECT);
	}

	/** Links in the order of the sources page. */
	public static List<SourceLink> inOrder(Set<SourceLink> links) {
		return links.stream().sorted(Comparator.comparingInt(link -> link.getSource().getPosition())).toList();
	}

	public Source getSource() {
		return source;
	}

	public Stance getStance() {
		return stance;
	}

	public Directness getDirectness() {
		return directness;
	}

	public boolean isIndirect() {
		return directness == Directness.INDIRECT;
	}

	public boolean isContradicting() {
		return stance == Stance.CONTRADICTS;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceLink link && Objects.equals(source.getId(), link.source.getId())
				&& stance == link.stance && directness == link.directness;
	}

	@Override
	public int hashCode() {
		return Objects.hash(source.getId(), stance, directness);
	}

}
