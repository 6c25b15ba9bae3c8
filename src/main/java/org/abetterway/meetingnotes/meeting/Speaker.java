package org.abetterway.meetingnotes.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * One person who spoke, presented or introduced at a meeting, however the notes spell them.
 */
@Entity
public class Speaker {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
	@SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 500)
	private String role;

	@Column(length = 500)
	private String organisation;

	protected Speaker() {
	}

	public Speaker(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public void describe(String name, String role, String organisation) {
		this.name = name;
		this.role = role;
		this.organisation = organisation;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getRole() {
		return role;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getUrl() {
		return SitePaths.speaker(slug);
	}

	/** "CEO, Surrey Youth Focus", or whichever half is known. */
	public String getAffiliation() {
		if (role == null || role.isBlank()) {
			return organisation;
		}
		if (organisation == null || organisation.isBlank()) {
			return role;
		}
		return role + ", " + organisation;
	}

}
