-- the vectors of search by meaning move to a table of their own, so that reading key points for a page or a list
-- never reads them: a theme's or a speaker's page read every key point's 1.5 KB and more of vectors with it
create table key_point_vector (
    key_point_id        bigint primary key references key_point (id) on delete cascade,
    embedding           bytea not null,
    sentence_embeddings bytea
);
insert into key_point_vector (key_point_id, embedding, sentence_embeddings)
    select id, embedding, sentence_embeddings from key_point where embedding is not null;
alter table key_point drop column sentence_embeddings;
alter table key_point drop column embedding;
