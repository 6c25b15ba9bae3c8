package org.abetterway.meetingnotes.meeting;

import java.nio.ByteBuffer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a vector as the bytes of its numbers, which every database keeps alike.
 */
@Converter
class VectorBytes implements AttributeConverter<float[], byte[]> {

	@Override
	public byte[] convertToDatabaseColumn(float[] vector) {
		if (vector == null) {
			return null;
		}
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
		bytes.asFloatBuffer().put(vector);
		return bytes.array();
	}

	@Override
	public float[] convertToEntityAttribute(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
		return vector;
	}

}
