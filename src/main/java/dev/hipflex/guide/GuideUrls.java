package dev.hipflex.guide;

/** The guide's addresses, in one place so links and controllers agree. */
public final class GuideUrls {

	public static final String GUIDE = "/guide";

	public static final String SOURCES = "/sources";

	private GuideUrls() {
	}

	public static String page(String pageSlug) {
		return GuidePage.OVERVIEW.equals(pageSlug) ? GUIDE : GUIDE + "/" + pageSlug;
	}

	/** The page that shows the rules of the suggested next step. */
	public static final String NEXT_STEP = GUIDE + "/next-step";

	/** A rule of the next step on its guide page, where a suggestion links to say why it was made. */
	public static String progressionRule(String ruleSlug) {
		return NEXT_STEP + "#rule-" + ruleSlug;
	}

	public static String section(String pageSlug, String sectionSlug) {
		return page(pageSlug) + "#" + sectionSlug;
	}

	public static String muscle(String muscleSlug) {
		return GUIDE + "/muscles/" + muscleSlug;
	}

	/** A hip flexor's anatomy diagram as a PNG, for link previews. */
	public static String musclePreview(String muscleSlug) {
		return "/images/muscles/" + muscleSlug + ".png";
	}

}
