package dev.hipflex.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A login as its session remembers it, for the account page's list: when, and a short name of the browser
 * and the system it ran on, from the {@code User-Agent} sent with the login (null for what is not recognised).
 * The full header is not kept: the list needs no more, and a session keeps as little as it can.
 */
record Login(Instant at, String browser, String system) implements Serializable {

	/** The session attribute that holds it. */
	static final String ATTRIBUTE = Login.class.getName();

	// First match wins: Edge, Opera and Samsung Internet also name Chrome, Chrome names Safari, and iPads and
	// iPhones say they are "like Mac OS X", Android and ChromeOS that they are Linux.
	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("EdgA/", "Edge"), Map.entry("EdgiOS/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("SamsungBrowser/", "Samsung Internet"), Map.entry("Firefox/", "Firefox"),
			Map.entry("FxiOS/", "Firefox"), Map.entry("Chromium/", "Chromium"), Map.entry("Chrome/", "Chrome"),
			Map.entry("CriOS/", "Chrome"), Map.entry("Safari/", "Safari"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("iPhone", "iPhone"),
			Map.entry("iPad", "iPad"), Map.entry("Android", "Android"), Map.entry("CrOS", "ChromeOS"),
			Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("Linux", "Linux"));

	static Login of(Instant at, String userAgent) {
		return new Login(at, find(BROWSERS, userAgent), find(SYSTEMS, userAgent));
	}

	private static String find(List<Map.Entry<String, String>> names, String userAgent) {
		if (userAgent == null) {
			return null;
		}
		return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst()
			.orElse(null);
	}

}
