package org.abetterway.meetingnotes.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.abetterway.meetingnotes.site.SitePaths;


/**
 * One meeting, imported from one Markdown file.
 */
@Entity
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
	@SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(name = "meeting_date")
	private LocalDate date;

	@Column(length = 4000)
	private String question;

	@Column(length = 200)
	private String series;

	/** The opening paragraphs, separated by blank lines. */
	@Column(length = 1_000_000)
	private String summary;

	/** The notes other than the summary and the key points, rendered to safe HTML. */
	@Column(name = "notes_html", length = 1_000_000)
	private String notesHtml;

	@Column(name = "source_file", nullable = false, unique = true, length = 500)
	private String sourceFile;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	/** When the notes of this meeting last changed: see {@link #getLastChanged()}. */
	@Column(name = "last_changed", nullable = false)
	private Instant lastChanged;

	@ElementCollection
	@CollectionTable(name = "meeting_old_slug", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "slug", nullable = false, unique = true, length = 200)
	private Set<String> oldSlugs = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "meeting_speaker", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "speaker_id"))
	@OrderColumn(name = "position")
	private List<Speaker> speakers = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<KeyPoint> keyPoints = new ArrayList<>();

	protected Meeting() {
	}

	public Meeting(String slug, String title, String sourceFile, String contentHash, Instant lastChanged) {
		this.slug = slug;
		this.title = title;
		this.sourceFile = sourceFile;
		this.contentHash = contentHash;
		this.lastChanged = lastChanged;
	}

	public void describe(LocalDate date, String question, String series, String summary, String notesHtml) {
		this.date = date;
		this.question = question;
		this.series = series;
		this.summary = summary;
		this.notesHtml = notesHtml;
	}

	public void addKeyPoint(KeyPoint keyPoint) {
		keyPoints.add(keyPoint);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getQuestion() {
		return question;
	}

	public String getSeries() {
		return series;
	}

	public String getSummary() {
		return summary;
	}

	/** The summary as paragraphs, for templates. */
	public List<String> getSummaryParagraphs() {
		if (summary == null || summary.isBlank()) {
			return List.of();
		}
		return List.of(summary.split("\n\n"));
	}

	public String getNotesHtml() {
		return notesHtml;
	}

	public String getSourceFile() {
		return sourceFile;
	}

	public String getContentHash() {
		return contentHash;
	}

	/**
	 * When this meeting's notes last changed: the {@code updated:} of its front matter if it has one, else when its
	 * file was last modified; never when it was imported. The feeds, the sitemap, the JSON-LD and the pages'
	 * {@code Last-Modified} all take their dates from here.
	 */
	public Instant getLastChanged() {
		return lastChanged;
	}

	public Set<String> getOldSlugs() {
		return oldSlugs;
	}

	public List<Speaker> getSpeakers() {
		return speakers;
	}

	public List<KeyPoint> getKeyPoints() {
		return keyPoints;
	}

	public String getUrl() {
		return SitePaths.meeting(slug);
	}

}
