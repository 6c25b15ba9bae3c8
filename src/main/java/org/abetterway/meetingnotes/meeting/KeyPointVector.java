package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The meaning of one key point as vectors, for search by meaning and recurring ideas: a row of its own, so that
 * reading key points for a page never reads their vectors (1.5 KB each, and as much again a sentence). Written by
 * the import, read in bulk by the in-memory meaning index and the ideas' gathering; none when meaning is off.
 */
@Entity
@Table(name = "key_point_vector")
public class KeyPointVector {

	@Id
	private Long keyPointId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "key_point_id")
	private KeyPoint keyPoint;

	/** The meaning of the key point's whole text. */
	@Convert(converter = VectorBytes.class)
	@Column(name = "embedding", nullable = false)
	private float[] embedding;

	/** The vectors of the point's sentences, one after the other, when it has several; each as long as the whole's. */
	@Convert(converter = VectorBytes.class)
	@Column(name = "sentence_embeddings")
	private float @Nullable [] sentenceEmbeddings;

	protected KeyPointVector() {
	}

	/** The vectors of a stored key point: its whole text's, and its sentences' when it has several. */
	public KeyPointVector(KeyPoint keyPoint, float[] embedding, List<float[]> sentences) {
		this.keyPoint = keyPoint;
		this.embedding = embedding;
		this.sentenceEmbeddings = sentences.isEmpty() ? null : flat(sentences, embedding.length);
	}

	public KeyPoint getKeyPoint() {
		return keyPoint;
	}

	public float[] getEmbedding() {
		return embedding;
	}

	/** The vectors of the point's sentences, in order; none when it has only one. */
	public List<float[]> getSentenceEmbeddings() {
		return sentencesOf(sentenceEmbeddings, embedding.length);
	}

	/** Sentence vectors stored one after the other, as the column keeps them, split into one each. */
	public static List<float[]> sentencesOf(float @Nullable [] stored, int dimensions) {
		if (stored == null) {
			return List.of();
		}
		List<float[]> sentences = new ArrayList<>();
		for (int from = 0; from + dimensions <= stored.length; from += dimensions) {
			sentences.add(Arrays.copyOfRange(stored, from, from + dimensions));
		}
		return sentences;
	}

	private static float[] flat(List<float[]> sentences, int dimensions) {
		float[] flat = new float[dimensions * sentences.size()];
		for (int i = 0; i < sentences.size(); i++) {
			System.arraycopy(sentences.get(i), 0, flat, i * dimensions, dimensions);
		}
		return flat;
	}

}
