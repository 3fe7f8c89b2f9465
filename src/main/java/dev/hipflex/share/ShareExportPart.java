package dev.hipflex.share;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The share links' part of "Export everything": each link's label and dates ({@code share-links.json}). Never a
 * token: none is kept, and a file that leaves the account must not open the summary.
 */
@Component
class ShareExportPart implements ExportPart {

	private final ShareLinks links;

	private final JsonMapper json;

	ShareExportPart(ShareLinks links, JsonMapper json) {
		this.links = links;
		this.json = json;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		List<ShareLinks.Link> all = links.of(accountId);
		if (all.isEmpty()) {
			return;
		}
		List<Map<String, Object>> document = all.stream().map(link -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("label", link.label());
			row.put("created", text(link.created()));
			row.put("expires", text(link.expires()));
			row.put("lastOpened", text(link.lastOpened()));
			return row;
		}).toList();
		zip.add("share-links.json", out -> json.writerWithDefaultPrettyPrinter().writeValue(out, document));
	}

	private static String text(ZonedDateTime time) {
		return time == null ? null : time.toOffsetDateTime().toString();
	}

}
