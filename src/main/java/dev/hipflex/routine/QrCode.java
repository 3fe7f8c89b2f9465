package dev.hipflex.routine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of an address, as a PNG in a {@code data:} address for the PDF (so it is never a file or a request
 * of its own). ZXing lays out the code; this only paints its modules, black on white, a few pixels each, so the
 * PDF's image stays sharp however it is scaled, and keeps ZXing's quiet zone around it.
 */
final class QrCode {

	/** Pixels per module: enough for the printed code's edges to stay sharp. */
	static final int PIXELS = 8;

	/** Medium error correction: a creased or smudged handout still scans, and the code stays small. */
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCode() {
	}

	static String pngDataUri(String text) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("no QR code for a text of " + text.length() + " characters", ex);
		}
		BufferedImage image = new BufferedImage(modules.getWidth() * PIXELS, modules.getHeight() * PIXELS,
				BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, modules.get(x / PIXELS, y / PIXELS) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
