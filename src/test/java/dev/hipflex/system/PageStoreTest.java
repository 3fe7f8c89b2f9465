package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PageStoreTest {

	static final int BUDGET = 100_000;

	final PageStore store = new PageStore(BUDGET);

	@Test
	void neverHoldsMoreThanItsBudgetAndDropsTheLeastRecentlyUsedFirst() {
		for (int i = 0; i < 100; i++) {
			store.put(key("/page/" + i), page(10_000));
			store.get(key("/page/0"));
			assertThat(store.bytes()).isLessThanOrEqualTo(BUDGET);
		}

		assertThat(store.get(key("/page/0"))).as("used after every other").isNotNull();
		assertThat(store.get(key("/page/99"))).as("the newest").isNotNull();
		assertThat(store.get(key("/page/1"))).as("not used since").isNull();
		assertThat(store.size()).isBetween(2, BUDGET / 10_000);
	}

	@Test
	void aReplacedPageCountsOnce() {
		store.put(key("/guide"), page(10_000));
		long once = store.bytes();
		for (int i = 0; i < 50; i++) {
			store.put(key("/guide"), page(10_000));
		}

		assertThat(store.bytes()).isEqualTo(once);
		assertThat(store.size()).isEqualTo(1);
	}

	private static PageStore.Key key(String path) {
		return new PageStore.Key("W/\"v-2026-12-07\"", path, "");
	}

	private static PageStore.Page page(int bytes) {
		return new PageStore.Page(new byte[bytes], Map.of("Content-Type", "text/html"));
	}

}
