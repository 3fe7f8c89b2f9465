package dev.hipflex;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dev.hipflex.ModuleBoundaries.Ownership;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each module keeps to its own data and uses the others only through their public services
 * (docs/architecture.md, "Modules and their data", which is also the map of who owns which table).
 */
class ModuleBoundariesTest {

	static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Where the build writes Spring Modulith's diagram of the modules. */
	static final String DIAGRAMS = "docs/modules";

	/** Tables made by a tool rather than a migration: Flyway's history (the system module's). */
	static final Set<String> CREATED_BY_TOOLS = Set.of("flyway_schema_history");

	/** The bad application's ownership table and migrations. */
	static final Path BAD = Path.of("src/test/resources/badmodules");

	static final ApplicationModules MODULES = ApplicationModules.of(HipFlexApplication.class);

	@Test
	void eachModuleKeepsToItsOwnDataAndTheOthersPublicServices() {
		List<String> violations = ModuleBoundaries.violations(MODULES, Ownership.listedIn(ARCHITECTURE));

		assertThat(violations).withFailMessage(() -> String.join("\n", violations)).isEmpty();
	}

	@Test
	void everyTableHasOneOwnerAndEveryModuleARow() {
		List<String> gaps = ModuleBoundaries.ownershipGaps(MODULES, Ownership.listedIn(ARCHITECTURE), MIGRATIONS,
				CREATED_BY_TOOLS);

		assertThat(gaps).withFailMessage(() -> String.join("\n", gaps)).isEmpty();
	}

	/** The same rules on a small application that breaks each of them once ({@code badmodules}, test tree). */
	@Test
	void theRulesCatchEveryWayOfReachingIntoAnotherModule() {
		ApplicationModules bad = ApplicationModules.of("badmodules", location -> true);

		List<String> violations = ModuleBoundaries.violations(bad, Ownership.listedIn(BAD.resolve("architecture.md")));

		assertThat(violations).filteredOn(violation -> violation.contains("Cycle detected"))
			.singleElement(as(InstanceOfAssertFactories.STRING))
			.contains("checklist", "journal");
		assertThat(violations).filteredOn(violation -> violation.contains("non-exposed"))
			.isNotEmpty()
			.allSatisfy(violation -> assertThat(violation).startsWith(
					"Module 'checklist' depends on non-exposed type badmodules.journal.internal.SessionQueries"));
		assertThat(violations).filteredOn(violation -> !violation.contains("Cycle detected") && !violation.contains("non-exposed"))
			.containsExactlyInAnyOrder(
					"content module guide depends on journal: badmodules.guide.GuidePage uses badmodules.journal.Journal"
							+ " (content may use only [exercise, guide, search, system])",
					"checklist reads journal's table training_session: badmodules.checklist.Checklist"
							+ " \"select count(*) from training_session where account_id = ?\"",
					"checklist maps journal's table session_set: badmodules.checklist.Tick",
					"checklist keeps a repository of journal's Session: badmodules.checklist.SessionRepository",
					"home reads journal's table TRAINING_SESSION: badmodules.home.Home"
							+ " \"SELECT id, session_date FROM TRAINING_SESSION WHERE account_id = ? ORDER BY session_date DESC\"",
					"home reads journal's table session_set: badmodules.home.Home"
							+ " \"delete from session_set where session_id = \u0001\"");
	}

	@Test
	void tablesWithoutAnOwnerAndModulesWithoutARowAreCaught() {
		ApplicationModules bad = ApplicationModules.of("badmodules", location -> true);

		List<String> gaps = ModuleBoundaries.ownershipGaps(bad, Ownership.listedIn(BAD.resolve("architecture.md")),
				BAD.resolve("db"), Set.of());

		assertThat(gaps).containsExactlyInAnyOrder(
				"table orphan_table (created by V1__tables.sql) has no owner: add it to its module's row under"
						+ " \"## Modules and their data\"",
				"table ghost_table is given to checklist but no migration creates it",
				"module home has no row under \"## Modules and their data\"",
				"module mail is listed under \"## Modules and their data\" but there is no such package");
	}

	/**
	 * The diagram in docs/modules is rewritten by every build that runs this test (./mvnw verify): commit it when
	 * it changes.
	 */
	@Test
	void writesTheModuleDiagram() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS).withoutClean())
			.writeModulesAsPlantUml();
		Path diagram = Path.of(DIAGRAMS, "components.puml");
		Files.writeString(diagram, inStableOrder(Files.readString(diagram)));

		String written = Files.readString(diagram);
		MODULES.forEach(module -> assertThat(written).contains("\"" + module.getDisplayName() + "\""));
		assertThat(written).contains("Rel(HipFlexApplication.HipFlexApplication.Journal, "
				+ "HipFlexApplication.HipFlexApplication.Routine, \"uses\"");
	}

	/**
	 * Documenter lists the modules and their relations in an order that changes from run to run: each run of
	 * such lines sorted, the checked-in file changes only when the modules do.
	 */
	static String inStableOrder(String plantUml) {
		List<String> lines = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : plantUml.split("\n", -1)) {
			if (!run.isEmpty() && !kind(line).equals(kind(run.get(0)))) {
				Collections.sort(run);
				lines.addAll(run);
				run.clear();
			}
			if (kind(line).isEmpty()) {
				lines.add(line);
			}
			else {
				run.add(line);
			}
		}
		Collections.sort(run);
		lines.addAll(run);
		return String.join("\n", lines);
	}

	private static String kind(String line) {
		String declaration = line.strip();
		return declaration.startsWith("Component(") ? "Component" : declaration.startsWith("Rel(") ? "Rel" : "";
	}

}
