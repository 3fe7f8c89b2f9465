package dev.hipflex.progression;

import java.util.Map;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.WeekService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the suggested next steps ({@code nextSteps}) to the runner's week page and to a session's page, so that
 * neither the routine nor the journal module knows this one (it depends on both). The pages show them with
 * {@code progression/next-steps.html} when the attribute is there.
 */
@Component
class NextStepModel implements HandlerInterceptor, WebMvcConfigurer {

	static final String ATTRIBUTE = "nextSteps";

	private static final String WEEK_VIEW = "my/week";

	private static final String SESSION_VIEW = "journal/session";

	private final ProgressionService progression;

	NextStepModel(ProgressionService progression) {
		this.progression = progression;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/my/week", "/journal/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (view == null || response.getStatus() != HttpServletResponse.SC_OK
				|| !(authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner)) {
			return;
		}
		if (WEEK_VIEW.equals(view.getViewName())) {
			// The page's week is the runner's own, built for this request: judged as it is, not built again.
			view.addObject(ATTRIBUTE, view.getModel().get("week") instanceof WeekService.Week week
					? progression.forWeek(runner.id(), week) : progression.forWeek(runner.id()));
		}
		else if (SESSION_VIEW.equals(view.getViewName())
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id && id.matches("[0-9]{1,18}")) {
			view.addObject(ATTRIBUTE, progression.forSession(runner.id(), Long.parseLong(id)));
		}
	}

}
