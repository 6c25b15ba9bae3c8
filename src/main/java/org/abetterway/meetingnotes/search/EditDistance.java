package org.abetterway.meetingnotes.search;

/**
 * How many typing slips (a letter missing, extra, wrong, or two letters swapped) turn one word into another.
 */
final class EditDistance {

	private EditDistance() {
	}

	static int between(String a, String b) {
		int[] first = a.codePoints().toArray();
		int[] second = b.codePoints().toArray();
		int[][] d = new int[first.length + 1][second.length + 1];
		for (int i = 0; i <= first.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= second.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= first.length; i++) {
			for (int j = 1; j <= second.length; j++) {
				int cost = first[i - 1] == second[j - 1] ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1]) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[first.length][second.length];
	}

}
