package dev.hipflex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Raises the runner's page version ({@link RunnerPages#changed}) after every form they send, whatever module
 * handles it: after the handler, so its transactions are committed, and before the answer (usually a redirect)
 * is written, so the page the browser asks for next is made anew. A handler that ends in an exception raises it
 * when the request completes. A form refused with a 4xx leaves it as it was, as it leaves everything else.
 */
@Component
class PageChanges implements HandlerInterceptor, WebMvcConfigurer {

	private static final String RAISED = PageChanges.class.getName() + ".raised";

	private final RunnerPages pages;

	PageChanges(RunnerPages pages) {
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		raise(request, response, null);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		raise(request, response, ex);
	}

	/**
	 * A refused form (4xx, or 5xx from a handled error) changed nothing, so it leaves the version, like every
	 * other value, as it was; an exception no handler answered may have come after a change, so it raises it.
	 */
	private void raise(HttpServletRequest request, HttpServletResponse response, Exception unhandled) {
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
				|| request.getAttribute(RAISED) != null
				|| (unhandled == null && response.getStatus() >= HttpServletResponse.SC_BAD_REQUEST)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner) {
			request.setAttribute(RAISED, Boolean.TRUE);
			pages.changed(runner.id());
		}
	}

}
