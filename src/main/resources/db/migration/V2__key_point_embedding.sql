-- the meaning of each key point as a vector, for search by meaning (null until embedded)
alter table key_point add column embedding bytea;
