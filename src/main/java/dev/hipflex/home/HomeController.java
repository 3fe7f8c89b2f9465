package dev.hipflex.home;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.journal.GuidedSessions;
import dev.hipflex.start.StartService;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final HomeService home;

	private final RunnerZone zones;

	private final PageMetas metas;

	private final GuidedSessions guided;

	private final StartService start;

	HomeController(HomeService home, RunnerZone zones, PageMetas metas, GuidedSessions guided, StartService start) {
		this.start = start;
		this.home = home;
		this.zones = zones;
		this.metas = metas;
		this.guided = guided;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		if (runner != null) {
			model.addAttribute("today", home.today(runner.id(), zones.today(runner.id())));
			model.addAttribute("guidedDraft", guided.draft(runner.id()).orElse(null));
			// A gentle prompt, never a gate, for runners who were training before the start screen existed.
			model.addAttribute("startUnanswered", !start.isAnswered(runner.id()));
		}
		model.addAttribute(PageMeta.ATTRIBUTE, metas.fromMessages("/", "home.title", "home.lead"));
		return VIEW;
	}

}
