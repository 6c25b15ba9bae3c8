package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.StoredFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a search index kept on disk was built from: a digest of every stored meeting's file and content hash, and of
 * the index mapping's version, written beside the index each time the index has taken an import. A start whose
 * database has the same digest uses the index as it is; any other, such as one after an import that stopped half way,
 * builds it again from the database. An index in memory has no stamp.
 */
@Component
public class IndexStamp {

	private static final Logger log = LoggerFactory.getLogger(IndexStamp.class);

	private static final String FILESYSTEM = "local-filesystem";

	private final MeetingRepository meetings;

	private final @Nullable Path file;

	IndexStamp(MeetingRepository meetings,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-heap}") String directory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root:.}") Path root) {
		this.meetings = meetings;
		this.file = FILESYSTEM.equals(directory) ? root.resolve(KeyPointIndexMapping.INDEX + ".built-from") : null;
	}

	/** Whether the index outlives the process, so that a start may find it already built. */
	boolean persistent() {
		return file != null;
	}

	/** A file of that name beside the index kept on disk, for what else a start may keep; null for an index in memory. */
	@Nullable
	Path beside(String name) {
		return file == null ? null : file.resolveSibling(name);
	}

	/** Whether the index on disk was built from the notes the database holds now. */
	boolean matchesDatabase() {
		if (file == null || !Files.isRegularFile(file)) {
			return false;
		}
		try {
			return Files.readString(file).equals(digestOfDatabase());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Says that the index, all of it committed, now holds the notes the database holds. */
	void recordDatabase() {
		if (file == null) {
			return;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "stamp", ".part");
			Files.writeString(temporary, digestOfDatabase());
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("Could not write {} ({}); the search index will be built again at the next start", file,
					ex.getMessage());
		}
	}

	/** Says that the index may not hold what the database holds, so that the next start builds it again. */
	void forget() {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {} ({}); delete it, or the index, before the next start", file, ex.getMessage());
		}
	}

	private String digestOfDatabase() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("mapping " + KeyPointIndexMapping.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
			meetings.findAllStoredFiles().stream().sorted(Comparator.comparing(StoredFile::sourceFile))
				.forEach(stored -> digest.update((stored.sourceFile() + " " + stored.contentHash() + "\n")
					.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
