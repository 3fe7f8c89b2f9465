package dev.hipflex.routine;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many PDFs are laid out at once. Laying out a week takes about 400 ms of a core, more than anything
 * else a request does, so without a bound a few callers asking for PDFs in parallel took the CPU from every
 * other visitor (16 of them made other pages five times slower) and, with the small heap, some failed. A
 * render waits briefly for its turn, in order of arrival; after that the caller is asked to come back
 * ({@link Busy}, a 503 with {@code Retry-After}) rather than queue without end. One at a time by default:
 * on the 2-core machine the other core then stays free for every other page, and PDFs come out about as
 * fast as with two (docs/performance.md).
 */
@Component
class PdfRenders {

	/** What a caller turned away is told to wait, in seconds: a few renders' time. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final int maxConcurrent;

	private final Semaphore turns;

	private final Duration wait;

	PdfRenders(@Value("${hipflex.pdf.max-concurrent-renders:1}") int maxConcurrent,
			@Value("${hipflex.pdf.render-wait:2500ms}") Duration wait) {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("hipflex.pdf.max-concurrent-renders must be at least 1");
		}
		this.maxConcurrent = maxConcurrent;
		this.turns = new Semaphore(maxConcurrent, true);
		this.wait = wait;
	}

	int maxConcurrent() {
		return maxConcurrent;
	}

	byte[] render(Supplier<byte[]> pdf) {
		try {
			if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy();
		}
		try {
			return pdf.get();
		}
		finally {
			turns.release();
		}
	}

	/** Every turn stayed taken for as long as a caller may wait. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("every PDF render is taken", null, false, false);
		}

	}

}
