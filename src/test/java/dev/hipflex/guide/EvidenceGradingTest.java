package dev.hipflex.guide;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.guide.EvidenceGrading.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The grading rule on its own: caps by design, indirect and contradicting sources, claims with none. */
class EvidenceGradingTest {

	static Link direct(SourceDesign design) {
		return new Link(design, Stance.SUPPORTS, Directness.DIRECT);
	}

	@Test
	void eachDesignCapsTheLevelAsTheBriefSays() {
		assertThat(EvidenceGrading.caps()).containsExactly(
				entry(SourceDesign.SYSTEMATIC_REVIEW, EvidenceLevel.REVIEW),
				entry(SourceDesign.RANDOMISED_TRIAL, EvidenceLevel.RANDOMISED_TRIAL),
				entry(SourceDesign.COHORT, EvidenceLevel.CONTROLLED_STUDY),
				entry(SourceDesign.CROSS_SECTIONAL, EvidenceLevel.ASSOCIATION),
				entry(SourceDesign.CASE_SERIES, EvidenceLevel.CASE_SERIES),
				entry(SourceDesign.MODELLING, EvidenceLevel.MODEL),
				entry(SourceDesign.EXPERT_CONSENSUS, EvidenceLevel.EXPERT_OPINION),
				entry(SourceDesign.NARRATIVE_REVIEW, EvidenceLevel.EXPERT_OPINION),
				entry(SourceDesign.TEXTBOOK, EvidenceLevel.EXPERT_OPINION),
				entry(SourceDesign.WEB_PAGE, EvidenceLevel.EXPERT_OPINION));
	}

	@Test
	void anOverGradedClaimIsReported() {
		// Today's pain-monitoring claim before issue 15: graded as a trial on a trial of another tendon.
		List<Link> silbernagel = List.of(new Link(SourceDesign.RANDOMISED_TRIAL, Stance.SUPPORTS, Directness.INDIRECT));

		assertThat(EvidenceGrading.problem(EvidenceLevel.RANDOMISED_TRIAL, silbernagel))
			.contains("graded RANDOMISED_TRIAL, but its best supporting source allows at most EXTRAPOLATED");
		assertThat(EvidenceGrading.problem(EvidenceLevel.EXTRAPOLATED, silbernagel)).isEmpty();
		assertThat(EvidenceGrading.problem(EvidenceLevel.REVIEW, List.of(direct(SourceDesign.RANDOMISED_TRIAL))))
			.isPresent();
	}

	@ParameterizedTest
	@EnumSource(SourceDesign.class)
	void aDirectSourceAllowsItsCapAndAnythingWeakerButNothingStronger(SourceDesign design) {
		EvidenceLevel cap = EvidenceGrading.cap(design);
		for (EvidenceLevel level : EvidenceLevel.values()) {
			boolean allowed = EvidenceGrading.problem(level, List.of(direct(design))).isEmpty();
			assertThat(allowed).as("%s on a %s", level, design).isEqualTo(level.compareTo(cap) >= 0);
		}
	}

	@Test
	void anIndirectSourceAllowsAtMostExtrapolatedWhateverItsDesign() {
		Link review = new Link(SourceDesign.SYSTEMATIC_REVIEW, Stance.SUPPORTS, Directness.INDIRECT);

		assertThat(EvidenceGrading.highestAllowed(List.of(review))).contains(EvidenceLevel.EXTRAPOLATED);
		assertThat(EvidenceGrading.problem(EvidenceLevel.EXPERT_OPINION, List.of(review))).isPresent();
		assertThat(EvidenceGrading.problem(EvidenceLevel.REFERENCE_TEXT, List.of(review))).isEmpty();
	}

	@Test
	void theBestDirectSupportingSourceSetsTheCap() {
		List<Link> links = List.of(new Link(SourceDesign.SYSTEMATIC_REVIEW, Stance.SUPPORTS, Directness.INDIRECT),
				new Link(SourceDesign.SYSTEMATIC_REVIEW, Stance.CONTRADICTS, Directness.DIRECT),
				direct(SourceDesign.CASE_SERIES), direct(SourceDesign.WEB_PAGE));

		assertThat(EvidenceGrading.highestAllowed(links)).contains(EvidenceLevel.CASE_SERIES);
		assertThat(EvidenceGrading.problem(EvidenceLevel.CONTROLLED_STUDY, links)).isPresent();
		assertThat(EvidenceGrading.problem(EvidenceLevel.CASE_SERIES, links)).isEmpty();
	}

	@Test
	void aClaimWithNoSourceOnlyContradictingOnesOrOnlySourcesWithoutADesignIsReported() {
		assertThat(EvidenceGrading.problem(EvidenceLevel.EXPERT_OPINION, List.of())).contains("cites no source");
		// The stretches on the checklist before issue 15: the only review cited found no preventive effect.
		Link lauersen = new Link(SourceDesign.SYSTEMATIC_REVIEW, Stance.CONTRADICTS, Directness.DIRECT);
		assertThat(EvidenceGrading.problem(EvidenceLevel.EXPERT_OPINION, List.of(lauersen)))
			.hasValueSatisfying(problem -> assertThat(problem).startsWith("no source supports it"));
		Link undesigned = new Link(null, Stance.SUPPORTS, Directness.DIRECT);
		assertThat(EvidenceGrading.problem(EvidenceLevel.REFERENCE_TEXT, List.of(undesigned))).isPresent();
	}

}
