package dev.hipflex.system;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the embedded Tomcat does differently from its defaults. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

	/**
	 * An encoded slash or backslash ({@code %2F}, {@code %5C}) in an address is passed on rather than refused by
	 * Tomcat with a bare page, so that Spring Security's firewall refuses it (400) and the error page says so.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return connector -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
		};
	}

}
