package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the notes folder: which files are notes, and which files are refused before they are parsed.
 */
class NotesFolderTests {

	@TempDir
	Path path;

	NotesFolder folder() {
		return new NotesFolder(path, 100);
	}

	NotesProblem problemOf(ThrowingSupplier<?> reading) {
		return assertThatExceptionOfType(NotesException.class).isThrownBy(reading::get).actual().getProblem();
	}

	@Test
	void markdownFilesAreTheMdFilesInOrder() throws IOException {
		Files.writeString(path.resolve("02-b.md"), "# B\n");
		Files.writeString(path.resolve("01-a.md"), "# A\n");
		Files.writeString(path.resolve("themes.yml"), "themes: []\n");
		Files.writeString(path.resolve("notes.txt"), "not notes\n");
		Files.createDirectory(path.resolve("03-folder.md"));
		assertThat(folder().markdownFiles()).containsExactly("01-a.md", "02-b.md");
	}

	@Test
	void aMissingFolderIsAProblemNamingIt() {
		Path missing = path.resolve("gone");
		NotesProblem problem = problemOf(() -> new NotesFolder(missing, 100).markdownFiles());
		assertThat(problem.file()).isEqualTo(missing.toString());
		assertThat(problem.line()).isZero();
		assertThat(problem.message()).isEqualTo("the notes folder does not exist");
	}

	@Test
	void aFileInPlaceOfTheFolderIsAProblemNamingIt() throws IOException {
		Path file = Files.writeString(path.resolve("notes"), "# not a folder\n");
		NotesProblem problem = problemOf(() -> new NotesFolder(file, 100).markdownFiles());
		assertThat(problem.file()).isEqualTo(file.toString());
		assertThat(problem.message()).isEqualTo("the notes folder does not exist");
	}

	@Test
	void aFileIsReadAsUtf8WithoutItsByteOrderMark() throws IOException {
		Files.write(path.resolve("a.md"), "\uFEFF# Caf\u00e9\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(folder().read("a.md")).isEqualTo("# Caf\u00e9\r\n");
	}

	@Test
	void aBinaryFileIsRefusedWithTheLineOfItsFirstNul() throws IOException {
		Files.write(path.resolve("binary.md"), new byte[] { 0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02 });
		NotesProblem problem = problemOf(() -> folder().read("binary.md"));
		assertThat(problem).hasToString("binary.md:2: the file is binary, not Markdown text");
	}

	@Test
	void aFileInAnotherEncodingIsRefusedWithTheLineOfItsFirstBadByte() throws IOException {
		Files.write(path.resolve("latin1.md"), "# Cafe\n\n- d\u00e9j\u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
		NotesProblem problem = problemOf(() -> folder().read("latin1.md"));
		assertThat(problem.file()).isEqualTo("latin1.md");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).isEqualTo(
				"the file is not UTF-8 text (is it binary, or saved in another encoding?); save it as UTF-8");
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsSize() throws IOException {
		Files.writeString(path.resolve("huge.md"), "x".repeat(101));
		Files.writeString(path.resolve("fits.md"), "x".repeat(100));
		NotesProblem problem = problemOf(() -> folder().read("huge.md"));
		assertThat(problem).hasToString(
				"huge.md: the file has 101 bytes, more than the limit of 100; split it into smaller files");
		assertThat(folder().read("fits.md")).hasSize(100);
	}

	@Test
	void aMissingFileIsRefusedUnlessItIsOptional() {
		NotesProblem problem = problemOf(() -> folder().read("01-gone.md"));
		assertThat(problem).hasToString("01-gone.md: the file is missing");
		assertThat(folder().readIfPresent("speakers.yml")).isNull();
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWithTheReason() throws IOException {
		Files.createDirectory(path.resolve("folder.md"));
		NotesProblem problem = problemOf(() -> new NotesFolder(path, 1_000_000).read("folder.md"));
		assertThat(problem.file()).isEqualTo("folder.md");
		assertThat(problem.line()).isZero();
		assertThat(problem.message()).startsWith("cannot read the file: ");
	}

	@Test
	void theSameTextAlwaysHasTheSameHash() {
		assertThat(NotesFolder.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
			.isEqualTo(NotesFolder.sha256("abc"))
			.isNotEqualTo(NotesFolder.sha256("abd"));
	}

}
