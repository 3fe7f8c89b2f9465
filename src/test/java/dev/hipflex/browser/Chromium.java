package dev.hipflex.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the whole test run (starting one takes a second or two), with what the tests
 * need around it: downloads into a folder, full-page screenshots at a given width and the print preview.
 * Everything it writes goes under {@code target/}.
 */
final class Chromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

	static final int DESKTOP = 1280;

	static final int PHONE = 360;

	private final ChromeDriver driver;

	private boolean closed;

	Chromium() {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.createDirectories(DOWNLOADS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		// Flags from docs/stack: without the background-networking ones Chromium tries to reach the internet.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + DESKTOP + ",900", "--lang=en-GB");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", DOWNLOADS.toString());
		prefs.put("download.prompt_for_download", false);
		// Save PDFs like any other download instead of opening them in the viewer.
		prefs.put("plugins.always_open_pdf_externally", true);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Runtime.getRuntime().addShutdownHook(new Thread(this::close));
	}

	ChromeDriver driver() {
		return driver;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/** Makes the viewport this many CSS pixels wide, with the phone or desktop media queries. */
	void width(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** Saves a screenshot of the whole page (not only the viewport) at the width as {@code name-width.png}. */
	Path screenshot(String name, int width) {
		width(width);
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics",
					Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
					Math.max(1, Math.ceil(size.get("height").doubleValue())), "scale", 1);
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			return write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
					Base64.getDecoder().decode((String) shot.get("data")));
		}
		finally {
			width(DESKTOP);
		}
	}

	/**
	 * Prints the page as Chromium's print preview does (print stylesheet, {@code @page} rules), saves the PDF
	 * and, where poppler's {@code pdftoppm} is installed, a PNG of each page.
	 */
	byte[] printPreview(String name) {
		PrintOptions options = new PrintOptions();
		options.setBackground(false);
		byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent());
		Path file = write(SCREENSHOTS.resolve(name + "-print.pdf"), pdf);
		File pdftoppm = new File("/usr/bin/pdftoppm");
		if (pdftoppm.canExecute()) {
			try {
				Process process = new ProcessBuilder(pdftoppm.getPath(), "-png", "-r", "60", file.toString(),
						SCREENSHOTS.resolve(name + "-print").toString())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return pdf;
	}

	/** Waits for a finished download of this name and returns its bytes. */
	byte[] downloaded(String fileName) {
		Path file = DOWNLOADS.resolve(fileName);
		waiting().withTimeout(Duration.ofSeconds(20))
			.until(d -> Files.exists(file) && !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload")));
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Forgets earlier downloads of this name so a test waits for its own. */
	void forgetDownload(String fileName) {
		try {
			Files.deleteIfExists(DOWNLOADS.resolve(fileName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	private static Path write(Path file, byte[] bytes) {
		try {
			return Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			driver.quit();
		}
	}

}
