package org.abetterway.meetingnotes.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the seeds with what an editor, or an attacker who can write to the folder, might add: a meeting full of
 * markup and script, a file saved with a byte order mark and Windows line ends, and files to refuse (malformed front
 * matter, binary, over the size limit, thousands of bullets).
 */
public final class HostileNotes {

	public static final String HOSTILE_SLUG = "hostile-notes";

	public static final String WINDOWS_SLUG = "saved-on-windows";

	public static final String BROKEN = "08-broken.md";

	public static final String BINARY = "09-binary.md";

	public static final String TOO_BIG = "10-too-big.md";

	public static final String TOO_MANY_POINTS = "11-thousands-of-bullets.md";

	static final String HOSTILE = """
			---
			title: "Hostile <script>alert('title')</script> notes"
			slug: hostile-notes
			question: "<img src=x onerror=alert('question')>?"
			series: "<iframe src=javascript:alert(1)></iframe>"
			speakers:
			  - name: "<script>alert('speaker')</script> Mallory"
			    role: "<b onmouseover=alert(1)>Role</b>"
			    organisation: "\\" onclick=\\"alert(1)"
			---

			A summary with <script>alert('summary')</script> and <iframe src="https://evil.example"></iframe> in it.

			## Section <img src=x onerror=alert('section')>

			- **Bold <script>alert('title')</script>.** Funders and <a href="javascript:alert(1)">a raw link</a> and \
			[a link](javascript:alert('point')). <!-- themes: leadership -->
			- Another with ![an image](javascript:alert('image')) and <svg onload=alert(1)> and \
			[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).
			- Partners <script>document.title='pwned'</script> talked about funders.

			## Other notes

			<script>alert('block')</script>

			<iframe src="https://evil.example/frame"></iframe>

			<div onmouseover="alert('div')">hover me</div>

			[plain](javascript:alert('notes')), [mixed case](JaVaScRiPt:alert(1)), [entity](&#106;avascript:alert(1)),
			[spaced](<  javascript:alert(1)>), [tab](java&#09;script:alert(1)), [vbscript](vbscript:msgbox(1)),
			[data](data:text/html,<script>alert(1)</script>), [a reference][evil], <javascript:alert('autolink')>,
			![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+),
			[quoted title](https://example.org/titled "x\\" onmouseover=\\"alert(1)"),
			[a good link](https://example.org/ok) and <mailto:editor@example.org>.

			| what | where |
			|------|-------|
			| <script>alert('cell')</script> | [cell](javascript:alert('cell')) |

			[evil]: javascript:alert('reference')
			""";

	static final String WINDOWS = "\uFEFF---\r\ntitle: Saved on Windows\r\nquestion: Does it import?\r\n---\r\n\r\n"
			+ "A summary line.\r\n\r\n## First section\r\n\r\n- **Funders.** They help.\r\n- Partners talk.\r\n";

	private HostileNotes() {
	}

	/** A fresh copy of the seeds with the hostile files added. */
	public static Path folder(String prefix) {
		Path folder = SeedsCopy.create(prefix);
		try {
			Files.writeString(folder.resolve("07-hostile.md"), HOSTILE);
			Files.write(folder.resolve("12-windows.md"), WINDOWS.getBytes(StandardCharsets.UTF_8));
			Files.writeString(folder.resolve(BROKEN), "---\ntitle: [broken\nquestion: {\n---\n\n- A point.\n");
			Files.write(folder.resolve(BINARY), new byte[] { '#', ' ', 'P', 'N', 'G', '\n', (byte) 0x89, 'P', 'N', 'G',
					0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d });
			Files.writeString(folder.resolve(TOO_BIG), tooBig());
			Files.writeString(folder.resolve(TOO_MANY_POINTS), bullets(3000));
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A valid meeting of that many key points. */
	static String bullets(int count) {
		StringBuilder notes = new StringBuilder("# A meeting of " + count + " points\n\n## Points\n\n");
		for (int i = 1; i <= count; i++) {
			notes.append("- Point number ").append(i).append(" about funders.\n");
		}
		return notes.toString();
	}

	/** A valid meeting just over a megabyte. */
	static String tooBig() {
		ByteArrayOutputStream notes = new ByteArrayOutputStream();
		notes.writeBytes("# A very long meeting\n\n".getBytes(StandardCharsets.UTF_8));
		byte[] paragraph = "A long paragraph of notes that goes on and on. ".repeat(20).concat("\n\n")
			.getBytes(StandardCharsets.UTF_8);
		while (notes.size() <= 1024 * 1024) {
			notes.writeBytes(paragraph);
		}
		return notes.toString(StandardCharsets.UTF_8);
	}

}
