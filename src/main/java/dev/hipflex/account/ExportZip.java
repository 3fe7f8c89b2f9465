package dev.hipflex.account;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The zip of "Export everything": each file added is text in UTF-8, dated when the export was made. */
public final class ExportZip {

	/** Writes a file's text. */
	@FunctionalInterface
	public interface Content {

		void writeTo(Writer out) throws IOException;

	}

	private final ZipOutputStream zip;

	private final LocalDateTime madeAt;

	ExportZip(OutputStream out, LocalDateTime madeAt) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.madeAt = madeAt;
	}

	/** Adds a file by name (such as {@code journal.csv}) with the text the content writes. */
	public void add(String name, Content content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(madeAt);
		zip.putNextEntry(entry);
		Writer writer = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
			@Override
			public void close() throws IOException {
				flush(); // a writer that closes what it wrote to ends the file, not the zip
			}
		};
		content.writeTo(writer);
		writer.flush();
		zip.closeEntry();
	}

	void finish() throws IOException {
		zip.finish();
	}

}
