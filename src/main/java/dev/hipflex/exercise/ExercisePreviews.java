package dev.hipflex.exercise;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * An exercise's illustration as a PNG for link previews ({@code og:image}): chat apps and social sites do not
 * show SVG. Drawn from the same SVG as the page's illustration by Batik (which the PDF's SVG support brings),
 * on white, {@link #WIDTH} wide; made once per exercise and kept, since illustrations change only with a
 * new build.
 */
@Component
class ExercisePreviews {

	/** Wide enough for large link previews; the illustrations are 2:1, so 1200 × 600. */
	static final int WIDTH = 1200;

	static final int HEIGHT = 600;

	private final Map<String, byte[]> made = new ConcurrentHashMap<>();

	/** Whether the exercise has an illustration to preview (never point a preview at a missing image). */
	boolean has(String slug) {
		return svg(slug).exists();
	}

	byte[] png(String slug) {
		return made.computeIfAbsent(slug, this::draw);
	}

	private byte[] draw(String slug) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) WIDTH);
		transcoder.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) HEIGHT);
		transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
		try (InputStream in = svg(slug).getInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transcoder.transcode(new TranscoderInput(in), new TranscoderOutput(out));
			return out.toByteArray();
		}
		catch (IOException | TranscoderException ex) {
			throw new IllegalStateException("the illustration of " + slug + " could not be drawn as a PNG", ex);
		}
	}

	private static ClassPathResource svg(String slug) {
		return new ClassPathResource("static" + ExerciseUrls.illustration(slug));
	}

}
