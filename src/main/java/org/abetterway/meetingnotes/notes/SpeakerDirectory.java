package org.abetterway.meetingnotes.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The people of {@code speakers.yml}: one canonical name per person, the other spellings the notes use, and
 * their role and organisation. Names it does not know stand for themselves.
 */
public final class SpeakerDirectory {

	public static final String NAME = "speakers.yml";

	private final Map<String, Person> byKey = new HashMap<>();

	private SpeakerDirectory() {
	}

	public static SpeakerDirectory empty() {
		return new SpeakerDirectory();
	}

	public static SpeakerDirectory parse(String yaml) {
		SpeakerDirectory directory = new SpeakerDirectory();
		Object root = YamlReader.read(yaml, NAME, 1);
		if (root == null) {
			return directory;
		}
		if (!(root instanceof List<?> people)) {
			throw new NotesException(NAME, 1, "expected a list of people, each with a name");
		}
		for (Object entry : people) {
			if (!(entry instanceof Map<?, ?> person) || YamlReader.text(person.get("name")) == null) {
				throw new NotesException(NAME, 0, "every person needs a name, found " + YamlReader.describe(entry));
			}
			Person canonical = new Person(YamlReader.text(person.get("name")), YamlReader.text(person.get("role")),
					YamlReader.text(person.get("organisation")));
			directory.byKey.put(key(canonical.name()), canonical);
			if (person.get("aliases") instanceof List<?> aliases) {
				aliases.stream().map(YamlReader::text).filter(alias -> alias != null)
					.forEach(alias -> directory.byKey.put(key(alias), canonical));
			}
		}
		return directory;
	}

	/** The person a spelling stands for, if the directory knows them. */
	public Optional<Person> find(String name) {
		return Optional.ofNullable(byKey.get(key(name)));
	}

	/** The canonical spelling of a name. */
	public String canonicalName(String name) {
		return find(name).map(Person::name).orElse(name.strip().replaceAll("\\s+", " "));
	}

	private static String key(String name) {
		return String.join("", Slugs.words(name));
	}

	/** One person with their canonical name. */
	public record Person(String name, String role, String organisation) {
	}

}
