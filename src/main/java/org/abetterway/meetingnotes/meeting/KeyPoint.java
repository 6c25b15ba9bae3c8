package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.abetterway.meetingnotes.site.SitePaths;


/**
 * One bullet of a meeting's key points or discussion, with a permanent anchor on its meeting page.
 */
@Entity
public class KeyPoint {

	/** How long a headline made from the point's words may be. */
	private static final int HEADLINE = 90;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_point_seq")
	@SequenceGenerator(name = "key_point_seq", sequenceName = "key_point_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String anchor;

	@Column(length = 500)
	private String section;

	@Column(length = 500)
	private String title;

	@Column(nullable = false, length = 100_000)
	private String text;

	@ManyToMany
	@JoinTable(name = "key_point_theme", joinColumns = @JoinColumn(name = "key_point_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	@OrderColumn(name = "position")
	private List<Theme> themes = new ArrayList<>();

	protected KeyPoint() {
	}

	public KeyPoint(Meeting meeting, int position, String anchor, String section, String title, String text,
			List<Theme> themes) {
		this.meeting = meeting;
		this.position = position;
		this.anchor = anchor;
		this.section = section;
		this.title = title;
		this.text = text;
		this.themes.addAll(themes);
	}

	public Long getId() {
		return id;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public int getPosition() {
		return position;
	}

	public String getAnchor() {
		return anchor;
	}

	public String getSection() {
		return section;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

	public List<Theme> getThemes() {
		return themes;
	}

	public String getUrl() {
		return SitePaths.keyPoint(meeting.getSlug(), anchor);
	}

	/** The point's own page, the address to share it by. */
	public String getShareUrl() {
		return SitePaths.sharedKeyPoint(meeting.getSlug(), anchor);
	}

	/** The whole point, its title first. */
	public String getWords() {
		return words(title, text);
	}

	/** The point's bold title, or its first words: what a feed entry or a shared link is headed with. */
	public String getHeadline() {
		return headline(title, text);
	}

	public static String words(String title, String text) {
		return title == null || title.isBlank() ? text : title.strip() + " " + text;
	}

	public static String headline(String title, String text) {
		if (title != null && !title.isBlank()) {
			return title.strip().replaceAll("[.:]$", "");
		}
		if (text.length() <= HEADLINE) {
			return text;
		}
		int cut = text.lastIndexOf(' ', HEADLINE - 1);
		return text.substring(0, cut > HEADLINE / 2 ? cut : HEADLINE - 1) + "…";
	}

}
