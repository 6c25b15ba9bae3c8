package org.abetterway.meetingnotes;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules that depend on each other without a cycle, and only through what each one
 * exposes in its own package; the module documentation is written to {@code target/spring-modulith-docs}.
 */
class ModulesTests {

	ApplicationModules modules = ApplicationModules.of(MeetingNotesApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
