package dev.hipflex.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ChecklistController {

	static final String VIEW = "checklist/checklist";

	static final String URL = "/checklist";

	private final ChecklistService checklist;

	private final PageMetas metas;

	private final RunnerZone zones;

	ChecklistController(ChecklistService checklist, PageMetas metas, RunnerZone zones) {
		this.zones = zones;
		this.checklist = checklist;
		this.metas = metas;
	}

	@GetMapping(URL)
	String checklist(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String date,
			Model model) {
		model.addAttribute("groups", checklist.checklist());
		model.addAttribute("strengthTarget", ChecklistService.STRENGTH_SESSIONS_A_WEEK);
		if (runner != null) {
			LocalDate today = zones.today(runner.id());
			LocalDate day = date(date, today);
			model.addAttribute("today", today);
			ChecklistService.Overview overview = checklist.overview(runner.id(), day);
			model.addAttribute("day", overview.day());
			model.addAttribute("week", overview.week());
		}
		model.addAttribute(PageMeta.ATTRIBUTE, metas.fromMessages(URL, "checklist.title", "checklist.lead"));
		return VIEW;
	}

	@PostMapping(URL)
	String tick(@AuthenticationPrincipal CurrentRunner runner, @RequestParam String date,
			@RequestParam(defaultValue = "true") String runDay,
			@RequestParam(name = "item", required = false) List<Long> items, RedirectAttributes redirect) {
		LocalDate today = zones.today(runner.id());
		LocalDate day = date(date, today);
		if (!runDay.equals("true") && !runDay.equals("false")) {
			throw new BadRequestException("checklist.badRunDay");
		}
		checklist.save(runner.id(), day, Boolean.parseBoolean(runDay), today, items == null ? List.of() : items);
		redirect.addFlashAttribute("message", "checklist.saved");
		return "redirect:" + URL + (day.equals(today) ? "" : "?date=" + day);
	}

	private static LocalDate date(String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return today;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isBefore(ChecklistService.EARLIEST) || date.isAfter(today)) {
				throw new BadRequestException("checklist.badDate", value.strip(), today.toString());
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("checklist.notADate", value.length() > 40 ? value.substring(0, 40) : value);
		}
	}

}
