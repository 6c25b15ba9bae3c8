package org.abetterway.meetingnotes.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * One of the curated themes a key point can carry; editors keep the list in {@code seeds/themes.yml}.
 */
@Entity
public class Theme {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_seq")
	@SequenceGenerator(name = "theme_seq", sequenceName = "theme_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 1000)
	private String description;

	@Column(nullable = false)
	private int position;

	protected Theme() {
	}

	public Theme(String slug, String name, String description, int position) {
		this.slug = slug;
		update(name, description, position);
	}

	public void update(String name, String description, int position) {
		this.name = name;
		this.description = description;
		this.position = position;
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

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public String getUrl() {
		return SitePaths.theme(slug);
	}

}
