package dev.hipflex.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies of visitors' public answers, kept in memory within a budget of bytes. When a new body does not
 * fit, the least recently used ones make room, so a page many visitors read stays however many rarely read
 * addresses come and go (emptying the whole store instead let anyone wipe every visitor's copies by asking
 * for enough different addresses).
 */
final class PageStore {

	/** What a stored answer is filed under: the content's validator, the decoded path, the parameters read. */
	record Key(String etag, String path, String parameters) {
	}

	record Page(byte[] body, Map<String, String> headers) {
	}

	/** What an entry costs besides its body and key (the objects and map entry around them), roughly. */
	private static final int ENTRY_OVERHEAD = 256;

	private final long maxBytes;

	/** In access order: the first entry is the least recently used. Guarded by {@code this}. */
	private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	PageStore(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	synchronized Page get(Key key) {
		return pages.get(key);
	}

	synchronized void put(Key key, Page page) {
		Page replaced = pages.put(key, page);
		bytes += size(key, page) - (replaced == null ? 0 : size(key, replaced));
		Iterator<Map.Entry<Key, Page>> leastRecentlyUsed = pages.entrySet().iterator();
		while (bytes > maxBytes && leastRecentlyUsed.hasNext()) {
			Map.Entry<Key, Page> entry = leastRecentlyUsed.next();
			bytes -= size(entry.getKey(), entry.getValue());
			leastRecentlyUsed.remove();
		}
	}

	synchronized int size() {
		return pages.size();
	}

	synchronized long bytes() {
		return bytes;
	}

	private static long size(Key key, Page page) {
		return page.body().length + 2L * (key.etag().length() + key.path().length() + key.parameters().length())
				+ ENTRY_OVERHEAD;
	}

}
