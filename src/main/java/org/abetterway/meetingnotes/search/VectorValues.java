package org.abetterway.meetingnotes.search;

import java.util.Arrays;

/**
 * A vector as a map's key: equal to another vector with the same values, so that a text said in many meetings, whose
 * vectors are the same, is held and compared once.
 *
 * @param vector the values, never changed while used as a key
 */
public record VectorValues(float[] vector) {

	@Override
	public boolean equals(Object other) {
		return other instanceof VectorValues values && Arrays.equals(vector, values.vector);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(vector);
	}

	@Override
	public String toString() {
		return "VectorValues" + Arrays.toString(vector);
	}

}
