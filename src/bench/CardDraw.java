import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The time to draw one share card and its size, as the app draws them: cards of the seeds' lengths (a short meeting
 * title, a long key point cut to fit) drawn one after another on one thread, after a warm-up, each with different
 * words so that nothing is reused: wall time per card, and the thread's CPU time, which a busy machine inflates less.
 * The painter is package-private, so it is reached by reflection.
 * Usage: java -cp "target/classes:$(cat target/cp.txt)" src/bench/CardDraw.java [cards]
 * (target/cp.txt from ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
 */
public class CardDraw {

	private static final List<String[]> KINDS = List.of(
			new String[] { "Meeting", "Joining forces: unequal alliances", "Where there are big differences between "
					+ "organisations, in size, resources, status, for example, what are the best ways to join forces?" },
			new String[] { "Key point", "Most can be achieved when starting with a blank sheet of paper, rather than "
					+ "addressing the detail of an agenda that has already been set. Therefore, it is important to seek "
					+ "out places where influence is possible, operating outside the formal established structures if "
					+ "necessary, and go where the energy is.", "From Joining forces: unequal alliances" },
			new String[] { "Theme", "Power & inequality",
					"Imbalances between partners, dominance, sharing or abusing power" },
			new String[] { "Speaker", "Cate Newnes-Smith", "CEO, Surrey Youth Focus" });

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		Class<?> painterClass = Class.forName("org.abetterway.meetingnotes.card.CardPainter");
		Class<?> cardClass = Class.forName("org.abetterway.meetingnotes.card.ShareCard");
		Constructor<?> newPainter = painterClass.getDeclaredConstructor(String.class);
		newPainter.setAccessible(true);
		Object painter = newPainter.newInstance("A Better Way meeting notes");
		Constructor<?> newCard = cardClass.getDeclaredConstructor(String.class, String.class, String.class);
		newCard.setAccessible(true);
		Method paint = painterClass.getDeclaredMethod("paint", cardClass);
		paint.setAccessible(true);

		for (int i = 0; i < 50; i++) {
			draw(paint, painter, newCard, i);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int kind = 0; kind < KINDS.size(); kind++) {
			long[] nanos = new long[count];
			int[] bytes = new int[count];
			long cpu = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < count; i++) {
				long start = System.nanoTime();
				bytes[i] = draw(paint, painter, newCard, kind + KINDS.size() * (1000 + i)).length;
				nanos[i] = System.nanoTime() - start;
			}
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			Arrays.sort(nanos);
			Arrays.sort(bytes);
			System.out.printf("%-9s %d cards: %.1f ms median, %.1f ms p95, %.1f ms CPU a card; %d-%d bytes "
					+ "(median %d)%n", KINDS.get(kind)[0], count, nanos[count / 2] / 1e6, nanos[count * 95 / 100] / 1e6,
					cpu / 1e6 / count, bytes[0], bytes[count - 1], bytes[count / 2]);
		}
	}

	/** The kind's card with its number in the title, so that every card differs. */
	private static byte[] draw(Method paint, Object painter, Constructor<?> newCard, int n) throws Exception {
		String[] kind = KINDS.get(n % KINDS.size());
		return (byte[]) paint.invoke(painter, newCard.newInstance(kind[0], kind[1] + " " + n, kind[2]));
	}

}
