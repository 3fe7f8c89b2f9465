package dev.hipflex.share;

/** The addresses of the share links. */
public final class ShareUrls {

	/** The runner's links: made, listed, renewed and revoked here (under {@code /account}, so it needs a login). */
	public static final String SHARES = "/account/shares";

	/** What the clinician will see, for the runner's own data, before a link is made. */
	public static final String PREVIEW = SHARES + "/preview";

	/**
	 * The clinic's handout of the week with a link's QR code: a form ({@code POST}, the link in its body, never in
	 * an address), as only the runner holds the token.
	 */
	public static final String HANDOUT = SHARES + "/handout";

	/** The clinician's summary, {@code /shared/{token}}: outside the login, the token is the key. */
	public static final String SHARED = "/shared";

	private ShareUrls() {
	}

}
