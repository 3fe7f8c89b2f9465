package dev.hipflex.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy page: what HipFlex keeps about a runner, why, for how long, who sees it, and how to take it or delete it. */
@Controller
class PrivacyController {

	@GetMapping(AccountUrls.PRIVACY)
	String privacy() {
		return "account/privacy";
	}

}
