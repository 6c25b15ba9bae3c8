package org.abetterway.meetingnotes.site;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * One daemon thread for work that follows a change of the notes off the import's path and the readers', such as
 * reading what every page of a kind needs once per change. Tasks run one at a time, in the order given.
 */
public final class BackgroundWorker {

	private final ExecutorService executor;

	public BackgroundWorker(String name, int priority) {
		this.executor = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			thread.setPriority(priority);
			return thread;
		});
	}

	/** Runs the task after those given before it; does nothing once stopped. */
	public void run(Runnable task) {
		try {
			executor.execute(task);
		}
		catch (RejectedExecutionException stopped) {
			// the application is stopping: nobody will read what the task would make
		}
	}

	/**
	 * Lets the task under way finish and runs no other. Never interrupts it: a thread interrupted while H2 reads its
	 * file closes the file's channel, and with it the database for every connection of the process.
	 */
	public void stop() {
		executor.shutdown();
	}

}
