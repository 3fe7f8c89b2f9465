package dev.hipflex.system;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address browsers reach HipFlex at ({@code hipflex.base-url}, e.g. {@code https://hipflex.example.org}).
 * Every absolute link the application writes starts with it: the week's calendar file and its PDF footer
 * now, mail and canonical links later. Never the request's {@code Host} or {@code X-Forwarded-Host}: a
 * client chooses those, and public answers are cached and served to everyone.
 */
@Component
public class BaseUrl {

	private final String base;

	BaseUrl(@Value("${hipflex.base-url}") String baseUrl) {
		this.base = checked(baseUrl);
	}

	/** The absolute address of a path of the application (one that starts with {@code /}). */
	public String of(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("not a path of the application: " + path);
		}
		return base + path;
	}

	/** Refused at start-up rather than written into every calendar: scheme and host, at most a port and a path. */
	static String checked(String baseUrl) {
		String trimmed = baseUrl == null ? "" : baseUrl.strip();
		try {
			URI uri = new URI(trimmed);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
				return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
			}
		}
		catch (URISyntaxException ex) {
			// Reported below, with the setting's name.
		}
		throw new IllegalStateException("hipflex.base-url (HIPFLEX_BASE_URL) must be the address browsers use, such as "
				+ "https://hipflex.example.org, not \"" + baseUrl + "\"");
	}

}
