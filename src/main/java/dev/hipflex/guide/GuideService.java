package dev.hipflex.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hipflex.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** Reads the guide's content and puts together what each guide page shows. */
@Service
@Transactional(readOnly = true)
public class GuideService {

	static final String RED_FLAGS_PAGE = "red-flags";

	private final GuidePageRepository pages;

	private final MuscleRepository muscles;

	private final ClaimRepository claims;

	private final SourceRepository sources;

	private final StrainGradeRepository strainGrades;

	private final RedFlagRepository redFlags;

	private final ProgressionRuleRepository progressionRules;

	private final List<MuscleTraining> training;

	/**
	 * The red flags, read once: content changes only by a migration and a restart
	 * ({@link dev.hipflex.system.ContentVersion}), and every page about pain shows them (a runner's journal, a
	 * session, the week's next steps). The flags and their sources are loaded whole (no lazy part is left).
	 */
	private final SingletonSupplier<RedFlags> allRedFlags;

	GuideService(GuidePageRepository pages, MuscleRepository muscles, ClaimRepository claims, SourceRepository sources,
			StrainGradeRepository strainGrades, RedFlagRepository redFlags, List<MuscleTraining> training,
			ProgressionRuleRepository progressionRules) {
		this.progressionRules = progressionRules;
		this.training = training;
		this.pages = pages;
		this.muscles = muscles;
		this.claims = claims;
		this.sources = sources;
		this.strainGrades = strainGrades;
		this.redFlags = redFlags;
		this.allRedFlags = SingletonSupplier.of(() -> RedFlags.of(redFlags.findAllWithSource()));
	}

	/** A guide page with its sections, each section's claims and the data its blocks show. */
	public record PageView(GuidePage page, Map<Long, List<Claim>> claimsBySection, List<Muscle> muscles,
			List<StrainGrade> strainGrades, RedFlags redFlags, List<GuidePage> allPages,
			List<ProgressionRule> progressionRules) {

		public List<Claim> claimsOf(GuideSection section) {
			return claimsBySection.getOrDefault(section.getId(), List.of());
		}

	}

	/** A muscle with its parts (for the iliopsoas), its claims, and the other hip flexors for navigation. */
	public record MuscleView(Muscle muscle, List<Muscle> parts, List<Claim> claims, List<Muscle> hipFlexors,
			RedFlags redFlags, List<GuidePage> allPages, List<MuscleTraining.Link> exercises) {
	}

	/** A place in the guide where a claim is shown. */
	public record ClaimPlace(Claim claim, String title, String url) {
	}

	/**
	 * A place that cites a source: a claim (text is its statement), a muscle's anatomy facts (text is the
	 * muscle's name) or a red flag (text is the flag), and how the source bears on it.
	 */
	public record Citation(String kind, String text, String title, String url, Stance stance, Directness directness) {

		/** A place the source supports directly, as anatomy references and red flags are. */
		Citation(String kind, String text, String title, String url) {
			this(kind, text, title, url, Stance.SUPPORTS, Directness.DIRECT);
		}

		public boolean indirect() {
			return directness == Directness.INDIRECT;
		}

		public boolean contradicting() {
			return stance == Stance.CONTRADICTS;
		}

	}

	/** A source and everything that cites it. */
	public record SourceView(Source source, List<Citation> citedBy) {
	}

	public PageView page(String slug) {
		GuidePage page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("guide page " + slug));
		pages.findSectionsWithMuscles(slug);
		Map<Long, List<Claim>> claimsBySection = claims.findByPage(slug).stream()
			.collect(Collectors.groupingBy(claim -> claim.getSection().getId(), LinkedHashMap::new,
					Collectors.toList()));
		List<GuideSection.Block> blocks = page.getSections().stream().map(GuideSection::getBlock).toList();
		return new PageView(page, claimsBySection,
				blocks.contains(GuideSection.Block.MUSCLES) ? hipFlexors(muscles.findAllByOrderByPosition()) : List.of(),
				blocks.contains(GuideSection.Block.STRAIN_GRADES) ? strainGrades.findAllByOrderByGrade() : List.of(),
				blocks.contains(GuideSection.Block.RED_FLAGS) ? redFlags() : RedFlags.of(List.of()),
				pages.findAllByOrderByPosition(),
				blocks.contains(GuideSection.Block.PROGRESSION_RULES) ? progressionRules() : List.of());
	}

	public MuscleView muscle(String slug) {
		Muscle muscle = muscles.findBySlug(slug).orElseThrow(() -> new NotFoundException("muscle " + slug));
		List<Muscle> all = muscles.findAllByOrderByPosition();
		List<Muscle> parts = all.stream()
			.filter(other -> other.getPartOf() != null && other.getPartOf().getId().equals(muscle.getId()))
			.toList();
		List<MuscleTraining.Link> exercises = training.stream().flatMap(t -> t.exercisesFor(slug).stream()).toList();
		return new MuscleView(muscle, parts, claims.findByMuscle(slug), hipFlexors(all),
				redFlags(), pages.findAllByOrderByPosition(), exercises);
	}

	/** The rules of the suggested next step, in the guide page's order, with the claims that grade them. */
	public List<ProgressionRule> progressionRules() {
		return progressionRules.findAllWithClaim();
	}

	/** Every red flag, most urgent first: the box each page about pain or injury shows. */
	public RedFlags redFlags() {
		return allRedFlags.obtain();
	}

	/** Every muscle of the guide, hip flexors first. */
	public List<Muscle> muscles() {
		return muscles.findAllByOrderByPosition();
	}

	private static List<Muscle> hipFlexors(List<Muscle> muscles) {
		return muscles.stream().filter(Muscle::isHipFlexor).toList();
	}

	public static Map<String, String> muscleNames(Collection<Muscle> muscles) {
		Map<String, String> names = new LinkedHashMap<>();
		muscles.forEach(muscle -> names.put(muscle.getSlug(), muscle.getName()));
		return names;
	}

	public List<SourceView> sources() {
		Map<Long, List<Citation>> citations = new LinkedHashMap<>();
		for (ClaimPlace place : claimPlaces()) {
			for (SourceLink link : place.claim().getSources()) {
				cite(citations, link.getSource(), new Citation("claim", place.claim().getStatement(), place.title(),
						place.url(), link.getStance(), link.getDirectness()));
			}
		}
		for (Muscle muscle : muscles.findAllWithSources()) {
			Citation citation = new Citation("muscle", muscle.getName(), muscle.getName(),
					GuideUrls.muscle(muscle.getSlug()));
			muscle.getSources().forEach(source -> cite(citations, source, citation));
		}
		for (RedFlag flag : redFlags.findAllWithSource()) {
			cite(citations, flag.getSource(), new Citation("redFlag", flag.getText(), flag.getText(),
					GuideUrls.page(RED_FLAGS_PAGE)));
		}
		return sources.findAllByOrderByPosition().stream()
			.map(source -> new SourceView(source, citations.getOrDefault(source.getId(), List.of())))
			.toList();
	}

	private static void cite(Map<Long, List<Citation>> citations, Source source, Citation citation) {
		citations.computeIfAbsent(source.getId(), id -> new ArrayList<>()).add(citation);
	}

	/** Every claim with where it is shown, for the search. */
	public List<ClaimPlace> claimPlaces() {
		return claims.findAllWithSourcesAndPlace().stream().map(GuideService::place).toList();
	}

	public List<GuidePage> pagesWithSections() {
		return pages.findAllWithSections();
	}

	static ClaimPlace place(Claim claim) {
		String anchor = "#claim-" + claim.getSlug();
		if (claim.getMuscle() != null) {
			return new ClaimPlace(claim, claim.getMuscle().getName(),
					GuideUrls.muscle(claim.getMuscle().getSlug()) + anchor);
		}
		GuideSection section = claim.getSection();
		return new ClaimPlace(claim, section.getPage().getTitle() + ": " + section.getHeading(),
				GuideUrls.page(section.getPage().getSlug()) + anchor);
	}

}
