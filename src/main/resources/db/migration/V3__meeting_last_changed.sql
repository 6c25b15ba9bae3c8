-- when a meeting's notes last changed (front matter 'updated:', else the file's modification time), in place of
-- when it was imported; the importer reads every file again once, as its format version changed with this
alter table meeting add column last_changed timestamp with time zone;
update meeting set last_changed = imported_at;
alter table meeting alter column last_changed set not null;
alter table meeting drop column imported_at;
