package dev.hipflex.guide;

import java.util.Locale;

import dev.hipflex.system.NotFoundException;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuideController {

	static final String PAGE_VIEW = "guide/page";

	static final String MUSCLE_VIEW = "guide/muscle";

	static final String SOURCES_VIEW = "guide/sources";

	private final GuideService guide;

	private final PageMetas metas;

	private final GuideStructuredData structured;

	private final MusclePreviews previews;

	GuideController(GuideService guide, PageMetas metas, GuideStructuredData structured, MusclePreviews previews) {
		this.previews = previews;
		this.guide = guide;
		this.metas = metas;
		this.structured = structured;
	}

	@GetMapping(GuideUrls.GUIDE)
	String overview(Model model) {
		return page(GuidePage.OVERVIEW, model);
	}

	@GetMapping(GuideUrls.GUIDE + "/" + GuidePage.OVERVIEW)
	String overviewAlias() {
		return "redirect:" + GuideUrls.GUIDE;
	}

	@GetMapping(GuideUrls.GUIDE + "/{slug}")
	String page(@PathVariable String slug, Model model) {
		GuideService.PageView view = guide.page(slug);
		model.addAttribute("view", view);
		model.addAttribute("muscleNames", GuideService.muscleNames(view.muscles()));
		GuidePage page = view.page();
		model.addAttribute(PageMeta.ATTRIBUTE, metas.page(GuideUrls.page(page.getSlug()), page.getTitle(), page.getSummary())
			.withStructuredData(structured.page(view)));
		return PAGE_VIEW;
	}

	@GetMapping(GuideUrls.GUIDE + "/muscles/{slug}")
	String muscle(@PathVariable String slug, Model model) {
		GuideService.MuscleView view = guide.muscle(slug);
		model.addAttribute("view", view);
		model.addAttribute("muscleNames", GuideService.muscleNames(view.hipFlexors()));
		Muscle muscle = view.muscle();
		PageMeta meta = metas.page(GuideUrls.muscle(muscle.getSlug()), muscle.getName(), muscle.getSummary())
			.withStructuredData(structured.muscle(view));
		if (MusclePreviews.has(muscle)) {
			meta = meta.withImage(new PageMeta.Image(metas.url(GuideUrls.musclePreview(muscle.getSlug())),
					metas.message("anatomy.caption.highlighted", muscle.getName()), MusclePreviews.WIDTH,
					MusclePreviews.HEIGHT));
		}
		model.addAttribute(PageMeta.ATTRIBUTE, meta);
		return MUSCLE_VIEW;
	}

	/** A hip flexor's diagram as a PNG for link previews; 404 for any other muscle or name. */
	@GetMapping(value = "/images/muscles/{slug}.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> musclePreview(@PathVariable String slug, Locale locale) {
		Muscle muscle = guide.muscle(slug).muscle();
		if (!MusclePreviews.has(muscle)) {
			throw new NotFoundException("no diagram of " + slug);
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(previews.png(muscle, locale));
	}

	@GetMapping(GuideUrls.GUIDE + "/muscles")
	String muscles() {
		return "redirect:" + GuideUrls.GUIDE + "#what-they-are";
	}

	@GetMapping(GuideUrls.SOURCES)
	String sources(Model model) {
		model.addAttribute("sources", guide.sources());
		model.addAttribute("evidenceLevels", EvidenceLevel.values());
		model.addAttribute("designCaps", EvidenceGrading.caps());
		model.addAttribute("indirectCap", EvidenceGrading.INDIRECT_CAP);
		model.addAttribute(PageMeta.ATTRIBUTE, metas.fromMessages(GuideUrls.SOURCES, "sources.title", "sources.intro"));
		return SOURCES_VIEW;
	}

}
