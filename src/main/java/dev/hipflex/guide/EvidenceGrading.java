package dev.hipflex.guide;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The grading rule (issue 15): a graded thing (a claim, a checklist item, an exercise's dose, a routine) is at
 * most as strong as the best source that supports it directly. A source that studied a different group or
 * question supports it at most as {@link #INDIRECT_CAP}; a source that found the opposite, or that
 * has no design, supports nothing. The build's grading test and the sources page both read the rule from here.
 */
public final class EvidenceGrading {

	/** The strongest level a source that studied a different group or question can support. */
	public static final EvidenceLevel INDIRECT_CAP = EvidenceLevel.EXTRAPOLATED;

	/** One cited source as the rule sees it: its design, and whether and how it supports what cites it. */
	public record Link(SourceDesign design, Stance stance, Directness directness) {
	}

	private EvidenceGrading() {
	}

	/** The strongest level a claim resting directly on a source of this design may carry. */
	public static EvidenceLevel cap(SourceDesign design) {
		return switch (design) {
			case SYSTEMATIC_REVIEW -> EvidenceLevel.REVIEW;
			case RANDOMISED_TRIAL -> EvidenceLevel.RANDOMISED_TRIAL;
			case COHORT -> EvidenceLevel.CONTROLLED_STUDY;
			case CASE_SERIES -> EvidenceLevel.CASE_SERIES;
			case CROSS_SECTIONAL -> EvidenceLevel.ASSOCIATION;
			case MODELLING -> EvidenceLevel.MODEL;
			// A textbook also allows REFERENCE_TEXT, the label for its anatomy facts, which is weaker in the order.
			case EXPERT_CONSENSUS, NARRATIVE_REVIEW, WEB_PAGE, TEXTBOOK -> EvidenceLevel.EXPERT_OPINION;
		};
	}

	/** Every design with its cap, in the order of {@link SourceDesign}, for the sources page. */
	public static Map<SourceDesign, EvidenceLevel> caps() {
		Map<SourceDesign, EvidenceLevel> caps = new EnumMap<>(SourceDesign.class);
		for (SourceDesign design : SourceDesign.values()) {
			caps.put(design, cap(design));
		}
		return caps;
	}

	/** The strongest level one link allows, or empty when it supports nothing. */
	private static Optional<EvidenceLevel> allowedBy(Link link) {
		if (link.design() == null || link.stance() != Stance.SUPPORTS) {
			return Optional.empty();
		}
		EvidenceLevel cap = cap(link.design());
		return Optional.of(link.directness() == Directness.DIRECT ? cap : weaker(cap, INDIRECT_CAP));
	}

	/** The strongest level these sources allow together, or empty when none of them supports the claim. */
	public static Optional<EvidenceLevel> highestAllowed(Collection<Link> links) {
		return links.stream()
			.map(EvidenceGrading::allowedBy)
			.flatMap(Optional::stream)
			.min(Comparator.naturalOrder());
	}

	/** What is wrong with grading something {@code level} on these sources, or empty when nothing is. */
	public static Optional<String> problem(EvidenceLevel level, Collection<Link> links) {
		if (links.isEmpty()) {
			return Optional.of("cites no source");
		}
		Optional<EvidenceLevel> allowed = highestAllowed(links);
		if (allowed.isEmpty()) {
			return Optional.of("no source supports it (only sources that found the opposite or have no design)");
		}
		if (level == null || level.compareTo(allowed.get()) < 0) {
			return Optional.of("graded " + level + ", but its best supporting source allows at most " + allowed.get());
		}
		return Optional.empty();
	}

	private static EvidenceLevel weaker(EvidenceLevel a, EvidenceLevel b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
