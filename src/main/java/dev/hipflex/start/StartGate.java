package dev.hipflex.start;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shows the start screen before a new runner's first week or first log ({@link StartUrls#GATED}, opened with a
 * GET), and before either for any runner whose answers name a red flag, until they change them: the programme
 * stops there. A runner who was training before the screen existed is not sent (the home page asks instead).
 * {@code hipflex.start-screen.gate=false} switches it off (the test suite's pages are tested as runners who
 * answered; the start screen's own tests switch it on).
 */
@Component
class StartGate implements HandlerInterceptor, WebMvcConfigurer {

	private final StartService start;

	private final boolean on;

	StartGate(StartService start, @Value("${hipflex.start-screen.gate:true}") boolean on) {
		this.start = start;
		this.on = on;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(StartUrls.GATED);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (!on || !HttpMethod.GET.matches(request.getMethod())
				|| !(authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner)) {
			return true;
		}
		if (!start.isGated(runner.id())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + UriComponentsBuilder.fromPath(StartUrls.START)
			.queryParam("next", "{next}").encode().buildAndExpand(path).toUriString());
		return false;
	}

}
