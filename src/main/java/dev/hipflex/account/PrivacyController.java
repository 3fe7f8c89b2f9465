package dev.hipflex.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy page: what HipFlex keeps about a runner, why, for how long, who sees it, and how to take it or
 * delete it. How long unused accounts are kept is read from the operator's setting ({@link Retention}), so the
 * page never promises a deletion that is not configured.
 */
@Controller
class PrivacyController {

	private final Retention retention;

	private final MessageSource messages;

	PrivacyController(Retention retention, MessageSource messages) {
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping(AccountUrls.PRIVACY)
	String privacy(Model model, Locale locale) {
		retention.inactiveAfter().ifPresent(inactiveAfter -> {
			model.addAttribute("unusedFor", Retention.describe(inactiveAfter, messages, locale));
			model.addAttribute("warnedBefore", Retention.describe(retention.warningBefore(), messages, locale));
		});
		return "account/privacy";
	}

}
