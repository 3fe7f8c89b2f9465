package dev.hipflex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;

import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rules that keep each module to its own data (docs/architecture.md, "Modules and their data"), run by
 * {@link ModuleBoundariesTest} on HipFlex and on a deliberately bad fixture. Spring Modulith finds the modules
 * (the packages under the application's package) and checks cycles and access to a module's internals
 * (its sub-packages); the rules here add what it does not know about:
 * <ul>
 * <li>every table belongs to one module, and no other module names it in SQL (a string of its compiled
 * classes, a text block included, where the name follows {@code from}, {@code join}, {@code into},
 * {@code update} or {@code table}) or maps it ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable},
 * or an entity's default table);</li>
 * <li>a Spring Data repository serves an entity of its own module;</li>
 * <li>the content modules use only content and what every page shares, never a runner's data.</li>
 * </ul>
 * A module may still hold a JPA association to another module's public entity (a routine entry's exercise):
 * that module's own mapping says which columns are read.
 */
final class ModuleBoundaries {

	/** The modules whose pages are the same for everyone: they may not depend on a runner's data. */
	static final Set<String> CONTENT = Set.of("guide", "exercise");

	/** What the content modules may use: each other, and what every page shares. */
	static final Set<String> CONTENT_MAY_USE = Set.of("guide", "exercise", "search", "system");

	/** The heading of the ownership table in an architecture document. */
	static final String OWNERSHIP_HEADING = "## Modules and their data";

	/** A table name in SQL: after one of these words, possibly quoted. */
	private static final Pattern TABLE_IN_SQL = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?([A-Za-z_][A-Za-z0-9_]*)\"?");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

	private static final Set<String> TABLE_ANNOTATIONS = Set.of("Ljakarta/persistence/Table;",
			"Ljakarta/persistence/CollectionTable;", "Ljakarta/persistence/JoinTable;",
			"Ljakarta/persistence/SecondaryTable;");

	private static final String ENTITY = "Ljakarta/persistence/Entity;";

	private ModuleBoundaries() {
	}

	/** Which module owns each table, as the ownership table of an architecture document lists them. */
	record Ownership(Map<String, String> ownerOfTable, Set<String> modules) {

		static Ownership listedIn(Path document) {
			Map<String, String> owners = new TreeMap<>();
			Set<String> modules = new TreeSet<>();
			boolean inSection = false;
			for (String line : read(document).split("\n")) {
				if (line.startsWith("## ")) {
					inSection = line.strip().equals(OWNERSHIP_HEADING);
					continue;
				}
				String[] cells = line.split("\\|");
				if (!inSection || cells.length < 3) {
					continue;
				}
				Matcher module = BACKTICKED.matcher(cells[1]);
				if (!module.find()) {
					continue;
				}
				modules.add(module.group(1));
				Matcher tables = BACKTICKED.matcher(cells[2]);
				while (tables.find()) {
					String previous = owners.put(tables.group(1), module.group(1));
					if (previous != null) {
						throw new IllegalStateException(document + " gives table " + tables.group(1) + " to both "
								+ previous + " and " + module.group(1));
					}
				}
			}
			if (modules.isEmpty()) {
				throw new IllegalStateException(document + " has no table of modules under \"" + OWNERSHIP_HEADING + "\"");
			}
			return new Ownership(owners, modules);
		}

	}

	/**
	 * Everything wrong with the modules: Spring Modulith's violations (cycles, internals), then the data rules.
	 * Empty when the boundaries hold.
	 */
	static List<String> violations(ApplicationModules modules, Ownership ownership) {
		List<String> problems = new ArrayList<>(modules.detectViolations().getMessages());
		modules.forEach(module -> {
			problems.addAll(contentUsesNoRunnerData(module, modules));
			classes(module).forEach(type -> {
				problems.addAll(tablesOfOthers(module, type, ownership));
				problems.addAll(repositoriesOfOthers(module, type, modules));
			});
		});
		return problems;
	}

	/**
	 * Differences between the tables the migrations create and those the document gives an owner, and between
	 * the modules it lists and those that exist.
	 */
	static List<String> ownershipGaps(ApplicationModules modules, Ownership ownership, Path migrations,
			Set<String> createdElsewhere) {
		List<String> problems = new ArrayList<>();
		Map<String, String> created = tablesCreatedBy(migrations);
		createdElsewhere.forEach(table -> created.putIfAbsent(table, "its own tool"));
		created.forEach((table, migration) -> {
			if (!ownership.ownerOfTable().containsKey(table)) {
				problems.add("table " + table + " (created by " + migration + ") has no owner: add it to its module's row"
						+ " under \"" + OWNERSHIP_HEADING + "\"");
			}
		});
		ownership.ownerOfTable().forEach((table, module) -> {
			if (!created.containsKey(table)) {
				problems.add("table " + table + " is given to " + module + " but no migration creates it");
			}
		});
		Set<String> existing = new TreeSet<>();
		modules.forEach(module -> existing.add(module.getName()));
		existing.stream().filter(module -> !ownership.modules().contains(module))
			.forEach(module -> problems.add("module " + module + " has no row under \"" + OWNERSHIP_HEADING + "\""));
		ownership.modules().stream().filter(module -> !existing.contains(module))
			.forEach(module -> problems.add("module " + module + " is listed under \"" + OWNERSHIP_HEADING
					+ "\" but there is no such package"));
		return problems;
	}

	/** Each table the migrations under a folder create, with the first migration that creates it. */
	static Map<String, String> tablesCreatedBy(Path migrations) {
		Map<String, String> tables = new TreeMap<>();
		try (Stream<Path> files = Files.walk(migrations)) {
			files.filter(file -> file.toString().endsWith(".sql"))
				.sorted(Comparator.comparing(Path::toString))
				.forEach(file -> {
					Matcher created = CREATE_TABLE.matcher(read(file));
					while (created.find()) {
						tables.putIfAbsent(created.group(1).toLowerCase(), file.getFileName().toString());
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static List<String> contentUsesNoRunnerData(ApplicationModule module, ApplicationModules modules) {
		if (!CONTENT.contains(module.getName())) {
			return List.of();
		}
		return module.getDirectDependencies(modules)
			.stream()
			.filter(dependency -> !CONTENT_MAY_USE.contains(dependency.getTargetModule().getName()))
			.map(dependency -> "content module " + module.getName() + " depends on "
					+ dependency.getTargetModule().getName() + ": " + dependency.getSourceType().getName() + " uses "
					+ dependency.getTargetType().getName() + " (content may use only " + new TreeSet<>(CONTENT_MAY_USE)
					+ ")")
			.distinct()
			.toList();
	}

	private static List<String> tablesOfOthers(ApplicationModule module, JavaClass type, Ownership ownership) {
		List<String> problems = new ArrayList<>();
		ClassStrings strings = ClassStrings.of(type);
		for (String table : strings.mappedTables()) {
			String owner = ownership.ownerOfTable().get(table.toLowerCase());
			if (owner != null && !owner.equals(module.getName())) {
				problems.add(module.getName() + " maps " + owner + "'s table " + table + ": " + type.getName());
			}
		}
		for (String text : strings.texts()) {
			Matcher tables = TABLE_IN_SQL.matcher(text);
			while (tables.find()) {
				String name = tables.group(1);
				// Only names written as SQL writes them: JPQL names entities in mixed case (from Routine r).
				boolean sqlCase = name.equals(name.toLowerCase()) || name.equals(name.toUpperCase());
				String owner = ownership.ownerOfTable().get(name.toLowerCase());
				if (sqlCase && owner != null && !owner.equals(module.getName())) {
					problems.add(module.getName() + " reads " + owner + "'s table " + name + ": " + type.getName()
							+ " \"" + shortened(text) + "\"");
				}
			}
		}
		return problems.stream().distinct().toList();
	}

	private static List<String> repositoriesOfOthers(ApplicationModule module, JavaClass type,
			ApplicationModules modules) {
		if (!type.isAssignableTo("org.springframework.data.repository.Repository")) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (JavaType supertype : type.getInterfaces()) {
			if (supertype instanceof JavaParameterizedType parameterized
					&& supertype.toErasure().getPackageName().startsWith("org.springframework.data")) {
				for (JavaType argument : parameterized.getActualTypeArguments()) {
					modules.getModuleByType(argument.toErasure())
						.filter(owner -> !owner.equals(module))
						.ifPresent(owner -> problems.add(module.getName() + " keeps a repository of " + owner.getName()
								+ "'s " + argument.toErasure().getSimpleName() + ": " + type.getName()));
				}
			}
		}
		return problems.stream().distinct().toList();
	}

	private static List<JavaClass> classes(ApplicationModule module) {
		return module.getBasePackage().stream().sorted(Comparator.comparing(JavaClass::getName)).toList();
	}

	private static String shortened(String sql) {
		String line = sql.replaceAll("\\s+", " ").strip();
		return line.length() > 100 ? line.substring(0, 100) + "…" : line;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The strings a compiled class holds (constants, text blocks, the fixed parts of concatenations, annotation
	 * values) and the tables its JPA annotations map. Read from the class file, so comments never count.
	 */
	record ClassStrings(List<String> texts, List<String> mappedTables) {

		static ClassStrings of(JavaClass type) {
			String resource = type.getName().replace('.', '/') + ".class";
			try (InputStream in = ModuleBoundaries.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("no class file for " + type.getName());
				}
				Collector collector = new Collector();
				new ClassReader(in).accept(collector, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
				List<String> mapped = new ArrayList<>(collector.mappedTables);
				if (collector.entity && collector.mappedTables.isEmpty()) {
					mapped.add(defaultTable(type.getSimpleName()));
				}
				return new ClassStrings(List.copyOf(collector.texts), List.copyOf(mapped));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The table Spring Boot's naming strategy gives an entity without {@code @Table}. */
		private static String defaultTable(String entity) {
			return entity.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
		}

	}

	private static final class Collector extends ClassVisitor {

		final List<String> texts = new ArrayList<>();

		final List<String> mappedTables = new ArrayList<>();

		boolean entity;

		Collector() {
			super(SpringAsmInfo.ASM_VERSION);
		}

		@Override
		public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
			if (ENTITY.equals(descriptor)) {
				entity = true;
			}
			return annotation(descriptor);
		}

		@Override
		public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
			if (value instanceof String text) {
				texts.add(text);
			}
			return new FieldVisitor(api) {

				@Override
				public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
					return annotation(annotation);
				}

			};
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			return new MethodVisitor(api) {

				@Override
				public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
					return annotation(annotation);
				}

				@Override
				public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
					return annotation(annotation);
				}

				@Override
				public void visitLdcInsn(Object value) {
					if (value instanceof String text) {
						texts.add(text);
					}
				}

				@Override
				public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
						Object... arguments) {
					// String concatenation: the recipe holds the fixed parts of the text
					for (Object argument : arguments) {
						if (argument instanceof String text) {
							texts.add(text);
						}
					}
				}

			};
		}

		private AnnotationVisitor annotation(String descriptor) {
			boolean mapsTable = TABLE_ANNOTATIONS.contains(descriptor);
			return new AnnotationVisitor(api) {

				@Override
				public void visit(String name, Object value) {
					if (value instanceof String text) {
						if (mapsTable && "name".equals(name)) {
							mappedTables.add(text);
						}
						else {
							texts.add(text);
						}
					}
				}

				@Override
				public AnnotationVisitor visitAnnotation(String name, String nested) {
					return annotation(nested);
				}

				@Override
				public AnnotationVisitor visitArray(String name) {
					return this;
				}

			};
		}

	}

}
