package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The editors' notes folder, read safely: the names of its Markdown files, and each file's text as UTF-8. A file
 * that is missing, too big, binary or in another encoding is a {@link NotesException} naming it, in words an editor
 * can act on.
 */
final class NotesFolder {

	private final Path path;

	private final long maxFileBytes;

	NotesFolder(Path path, long maxFileBytes) {
		this.path = path;
		this.maxFileBytes = maxFileBytes;
	}

	/**
	 * The names of the Markdown files, in order.
	 * @throws NotesException naming the folder if it does not exist or cannot be listed
	 */
	List<String> markdownFiles() {
		if (!Files.isDirectory(path)) {
			throw new NotesException(path.toString(), 0, "the notes folder does not exist");
		}
		try (Stream<Path> entries = Files.list(path)) {
			return entries.filter(entry -> entry.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.map(entry -> entry.getFileName().toString())
				.toList();
		}
		catch (IOException ex) {
			throw new NotesException(path.toString(), 0, "cannot list the notes folder: " + ex.getMessage());
		}
	}

	/**
	 * The file's text.
	 * @throws NotesException naming the file if it is missing, too big, binary, not UTF-8 or cannot be read
	 */
	String read(String file) {
		String text = readIfPresent(file);
		if (text == null) {
			throw new NotesException(file, 0, "the file is missing");
		}
		return text;
	}

	/**
	 * The file's text, or null if there is no such file.
	 * @throws NotesException naming the file if it is too big, binary, not UTF-8 or cannot be read
	 */
	String readIfPresent(String file) {
		byte[] bytes = bytesIfPresent(file);
		return bytes == null ? null : decode(file, bytes);
	}

	/**
	 * When the file was last modified, to the second (as HTTP and feeds tell it).
	 * @throws NotesException naming the file if it cannot be read
	 */
	Instant lastModified(String file) {
		try {
			return Files.getLastModifiedTime(path.resolve(file)).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new NotesException(file, 0, "cannot read the file: " + ex.getMessage());
		}
	}

	/**
	 * When a file was last added to, renamed in or deleted from the folder, to the second; null if it cannot be read.
	 */
	Instant folderLastModified() {
		try {
			return Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The file's bytes as they are, or null if there is no such file.
	 * @throws NotesException naming the file if it is too big or cannot be read
	 */
	byte[] bytesIfPresent(String file) {
		Path source = path.resolve(file);
		try {
			if (!Files.exists(source)) {
				return null;
			}
			long size = Files.size(source);
			if (size > maxFileBytes) {
				throw new NotesException(file, 0, "the file has " + size + " bytes, more than the limit of "
						+ maxFileBytes + "; split it into smaller files");
			}
			return Files.readAllBytes(source);
		}
		catch (IOException ex) {
			throw new NotesException(file, 0, "cannot read the file: " + ex.getMessage());
		}
	}

	/** The SHA-256 of the text's UTF-8 bytes, in hex: the same text always has the same hash. */
	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(String file, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			int nul = text.indexOf('\0');
			if (nul >= 0) {
				throw new NotesException(file, lineAt(text, nul), "the file is binary, not Markdown text");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int valid = validPrefixLength(bytes);
			String before = new String(bytes, 0, valid, StandardCharsets.UTF_8);
			throw new NotesException(file, lineAt(before, before.length()),
					"the file is not UTF-8 text (is it binary, or saved in another encoding?); save it as UTF-8");
		}
	}

	private static int validPrefixLength(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(bytes);
		decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
		return in.position();
	}

	private static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
