package dev.hipflex.search;

import dev.hipflex.system.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		if (query != null && query.length() > SearchService.MAX_QUERY_LENGTH) {
			throw new BadRequestException("search.tooLong", SearchService.MAX_QUERY_LENGTH);
		}
		model.addAttribute("query", query == null ? "" : query.strip());
		model.addAttribute("outcome", search.search(query));
		return VIEW;
	}

}
