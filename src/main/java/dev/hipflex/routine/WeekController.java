package dev.hipflex.routine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import dev.hipflex.system.BadRequestException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class WeekController {

	static final String WEEK_VIEW = "week/week";

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final WeekService weeks;

	private final WeekPdf pdf;

	private final WeekCalendar calendar;

	private final Clock clock;

	WeekController(WeekService weeks, WeekPdf pdf, WeekCalendar calendar, Clock clock) {
		this.weeks = weeks;
		this.pdf = pdf;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping(RoutineUrls.WEEK)
	String week(Model model) {
		model.addAttribute("week", weeks.recommended());
		model.addAttribute("papers", Paper.values());
		return WEEK_VIEW;
	}

	@GetMapping(RoutineUrls.WEEK_PDF)
	ResponseEntity<byte[]> weekPdf(@RequestParam(required = false) String paper, Locale locale) {
		Paper size = paper == null || paper.isBlank() ? Paper.A4
				: Paper.fromSlug(paper.strip()).orElseThrow(() -> new BadRequestException("week.pdf.badPaper",
						paper.length() > 40 ? paper.substring(0, 40) + "…" : paper));
		byte[] document = pdf.render(weeks.recommended(), size, weekUrl(), LocalDate.now(clock), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("hipflex-week-" + size.slug() + ".pdf").build().toString())
			.body(document);
	}

	@GetMapping(RoutineUrls.WEEK_CALENDAR)
	ResponseEntity<String> weekCalendar(Locale locale) {
		String ics = calendar.ics(weeks.recommended(), LocalDate.now(clock), clock.instant(), weekUrl(), locale);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hipflex-week.ics").build().toString())
			.body(ics);
	}

	private static String weekUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(RoutineUrls.WEEK).toUriString();
	}

}
