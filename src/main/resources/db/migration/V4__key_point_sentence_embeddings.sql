-- the vectors of a key point's sentences, one after the other, for search by meaning (null when it has one sentence)
alter table key_point add column sentence_embeddings bytea;
