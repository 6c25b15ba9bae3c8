package org.abetterway.meetingnotes;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules that depend on each other without a cycle, and only through what each one
 * exposes in its own package; diagrams of the modules are written to {@code target/spring-modulith-docs}.
 */
class ModulesTests {

	ApplicationModules modules = ApplicationModules.of(MeetingNotesApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		modules.verify();
	}

	// the diagrams only: the module canvases read the Javadoc with a JSON parser that stumbles on quotes in it
	@Test
	void writesTheModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
