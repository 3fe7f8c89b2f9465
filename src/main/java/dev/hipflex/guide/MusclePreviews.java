package dev.hipflex.guide;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A hip flexor's page preview ({@code og:image}): the page's anatomy diagram with the muscle highlighted, as a
 * PNG. The diagram is the same template the page shows; the page styles it with {@code anatomy.css}, which is
 * put inside the SVG here for Batik, without what Batik does not read (CSS variables, which have fallbacks,
 * media queries, and {@code paint-order}, so the labels' white halo is left out rather than drawn over them;
 * and SVG 1.1's {@code xlink:href} on {@code <use>}).
 * Made once per muscle and kept: the diagram changes only with a new build.
 */
@Component
class MusclePreviews {

	/** The diagram is 400 × 520 units; previews are drawn at twice that. */
	static final int WIDTH = 800;

	static final int HEIGHT = 1040;

	private final ITemplateEngine templates;

	private final GuideService guide;

	private final Map<String, byte[]> made = new ConcurrentHashMap<>();

	MusclePreviews(ITemplateEngine templates, GuideService guide) {
		this.templates = templates;
		this.guide = guide;
	}

	/** Whether the muscle is in the diagram (only hip flexors are), so its page has a preview image. */
	static boolean has(Muscle muscle) {
		return muscle.isHipFlexor();
	}

	byte[] png(Muscle muscle, Locale locale) {
		return made.computeIfAbsent(muscle.getSlug(), slug -> draw(slug, locale));
	}

	private byte[] draw(String slug, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("highlight", slug);
		context.setVariable("muscleNames", GuideService.muscleNames(guide.muscles()));
		String svg = templates.process("fragments/anatomy", Set.of("diagram"), context);
		// Batik reads SVG 1.1, where <use> names its element with xlink:href.
		svg = svg.replace("<use href=", "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=");
		int start = svg.indexOf('>', svg.indexOf("<svg")) + 1;
		svg = svg.substring(0, start) + "<style type=\"text/css\"><![CDATA[" + css() + "]]></style>" + svg.substring(start);
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) WIDTH);
		transcoder.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) HEIGHT);
		transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			TranscoderInput input = new TranscoderInput(new StringReader(svg));
			// A document address, against which the highlight's url(#anatomy-hatch) resolves.
			input.setURI("file:/anatomy.svg");
			transcoder.transcode(input, new TranscoderOutput(out));
			return out.toByteArray();
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("the anatomy diagram of " + slug + " could not be drawn as a PNG", ex);
		}
	}

	/** anatomy.css as Batik reads it: no media queries, CSS variables replaced by their fallbacks, no halo. */
	static String css() {
		String css;
		try (InputStream in = new ClassPathResource("static/css/anatomy.css").getInputStream()) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("anatomy.css is part of the application", ex);
		}
		css = css.replaceAll("(?s)/\\*.*?\\*/", "");
		StringBuilder kept = new StringBuilder();
		int at = 0;
		for (int media = css.indexOf("@media", at); media >= 0; media = css.indexOf("@media", at)) {
			kept.append(css, at, media);
			int depth = 0;
			int i = css.indexOf('{', media);
			for (; i < css.length(); i++) {
				depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			at = i + 1;
		}
		kept.append(css.substring(at));
		return kept.toString().replaceAll("var\\(--[a-z-]+,\\s*([^)]+)\\)", "$1")
			.replaceAll("paint-order:[^;]*;", "")
			+ "\n.anatomy-label__text { stroke: none; }\n";
	}

}
