package dev.hipflex.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The security headers (the {@link HeaderWriter} bean of {@code account/SecurityConfiguration}) on the answers
 * Spring Security's filter chain does not write them on. Its {@code HeaderWriterFilter} runs once per request and
 * skips error dispatches, so an error page has the headers only when the request passed the filter before failing;
 * not when the firewall refused it, nor when Tomcat refused it (a {@code TRACE}, too many cookies) and let the
 * application render the page. And a request whose address Tomcat cannot decode (an invalid or NUL
 * percent-encoding, {@code /..;/}) reaches no application: Tomcat answers it with its own short page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHeaders {

	@Bean
	FilterRegistrationBean<Filter> errorPageHeaders(HeaderWriter securityHeaders) {
		Filter filter = (request, response, chain) -> {
			securityHeaders.writeHeaders((HttpServletRequest) request, (HttpServletResponse) response);
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("errorPageHeaders");
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> refusedByTomcatHeaders(HeaderWriter securityHeaders) {
		return factory -> factory.addEngineValves(new UnmappedRequestHeaders(securityHeaders));
	}

	/** Writes the headers on the answer to a request Tomcat could not map to the application. */
	private static final class UnmappedRequestHeaders extends ValveBase {

		private final HeaderWriter headers;

		UnmappedRequestHeaders(HeaderWriter headers) {
			super(true);
			this.headers = headers;
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (request.getContext() == null) {
				headers.writeHeaders(request, response);
			}
			getNext().invoke(request, response);
		}

	}

}
