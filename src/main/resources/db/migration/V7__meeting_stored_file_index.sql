-- every start reads each meeting's file and content hash (to skip unchanged files and to check what the search index
-- on disk was built from): from this index alone, without the meetings' rows and their notes
create index meeting_stored_file_idx on meeting (source_file, content_hash, id);
