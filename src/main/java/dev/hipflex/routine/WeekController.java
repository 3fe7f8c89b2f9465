package dev.hipflex.routine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.NotFoundException;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recommended week's page, and the downloads of a week: the recommended one and the runner's own,
 * made the same way from the same templates.
 */
@Controller
class WeekController {

	static final String WEEK_VIEW = "week/week";

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final WeekService weeks;

	private final WeekPdf pdf;

	private final PdfRenders renders;

	private final WeekCalendar calendar;

	private final WeekHandouts handouts;

	private final Clock clock;

	private final BaseUrl baseUrl;

	private final PageMetas metas;

	private final RoutineStructuredData structured;

	WeekController(WeekService weeks, WeekPdf pdf, PdfRenders renders, WeekCalendar calendar, WeekHandouts handouts,
			Clock clock, BaseUrl baseUrl, PageMetas metas, RoutineStructuredData structured) {
		this.weeks = weeks;
		this.pdf = pdf;
		this.renders = renders;
		this.calendar = calendar;
		this.handouts = handouts;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.metas = metas;
		this.structured = structured;
	}

	@GetMapping(RoutineUrls.WEEK)
	String week(Model model) {
		WeekService.Week week = weeks.recommended();
		model.addAttribute("week", week);
		model.addAttribute(PageMeta.ATTRIBUTE, metas.page(RoutineUrls.WEEK, week.plan().getName(), week.plan().getSummary())
			.withStructuredData(structured.week(week)));
		model.addAttribute("papers", Paper.values());
		return WEEK_VIEW;
	}

	@GetMapping(RoutineUrls.WEEK_PDF)
	ResponseEntity<byte[]> weekPdf(@RequestParam(required = false) String paper, Locale locale) {
		return pdf(weeks.recommended(), paper, RoutineUrls.WEEK, "hipflex-week", locale);
	}

	@GetMapping(RoutineUrls.WEEK_CALENDAR)
	ResponseEntity<String> weekCalendar(Locale locale) {
		return calendar(weeks.recommended(), RoutineUrls.WEEK, "hipflex-week", locale);
	}

	@GetMapping(RoutineUrls.MY_WEEK_PDF)
	ResponseEntity<byte[]> myWeekPdf(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(required = false) String paper, Locale locale) {
		return pdf(own(runner), paper, RoutineUrls.MY_WEEK, "hipflex-my-week", locale);
	}

	/** The fridge's handout: never a QR code (the clinic's is made on the share links' page, docs/security.md). */
	@GetMapping(RoutineUrls.MY_WEEK_HANDOUT)
	ResponseEntity<byte[]> myWeekHandout(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(required = false) String paper, Locale locale) {
		Paper size = Paper.chosen(paper);
		return inline(handouts.fridge(runner.id(), size, locale), "hipflex-handout", size);
	}

	@GetMapping(RoutineUrls.MY_WEEK_CALENDAR)
	ResponseEntity<String> myWeekCalendar(@AuthenticationPrincipal CurrentRunner runner, Locale locale) {
		return calendar(own(runner), RoutineUrls.MY_WEEK, "hipflex-my-week", locale);
	}

	/** The runner's week; a runner without one has nothing to download yet. */
	private WeekService.Week own(CurrentRunner runner) {
		return weeks.own(runner.id()).orElseThrow(() -> new NotFoundException("no week of " + runner.id()));
	}

	private ResponseEntity<byte[]> pdf(WeekService.Week week, String paper, String page, String name, Locale locale) {
		Paper size = Paper.chosen(paper);
		String pageUrl = baseUrl.of(page);
		return inline(renders.render(() -> pdf.render(week, size, pageUrl, LocalDate.now(clock), locale)), name, size);
	}

	private static ResponseEntity<byte[]> inline(byte[] document, String name, Paper size) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + "-" + size.slug() + ".pdf").build().toString())
			.body(document);
	}

	private ResponseEntity<String> calendar(WeekService.Week week, String page, String name, Locale locale) {
		String ics = calendar.ics(week, LocalDate.now(clock), clock.instant(), baseUrl.of(page), locale);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".ics").build().toString())
			.body(ics);
	}

}
