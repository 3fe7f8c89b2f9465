package dev.hipflex.system;

/**
 * What a public page tells search engines and link previews about itself: its name, a description written
 * from its content, its canonical address (from {@link BaseUrl}, never the request's host) and the kind of
 * thing it is for Open Graph. A page whose model has none (a runner's page, a form, search results, an error)
 * is marked {@code noindex} by the layout; a public page shown in a form a search engine should not keep (a
 * filtered view of the library) has {@code indexed} false and no canonical address.
 */
public record PageMeta(String title, String description, String canonicalUrl, boolean indexed, String structuredData,
		Image image) {

	/** A picture for link previews: its absolute address, its text alternative and its size in pixels. */
	public record Image(String url, String alt, int width, int height) {
	}

	/** The model attribute the layout reads. */
	public static final String ATTRIBUTE = "pageMeta";

	/** The same page, with its JSON-LD (already safe to place in a script data block). */
	public PageMeta withStructuredData(String json) {
		return new PageMeta(title, description, canonicalUrl, indexed, json, image);
	}

	/** The same page with a picture for link previews. */
	public PageMeta withImage(Image picture) {
		return new PageMeta(title, description, canonicalUrl, indexed, structuredData, picture);
	}

	/** The same page in a view that search engines should follow but not list (no canonical address). */
	public PageMeta notIndexed() {
		return new PageMeta(title, description, null, false, structuredData, image);
	}

}
