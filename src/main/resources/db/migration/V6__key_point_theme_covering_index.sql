-- a theme's key points and their count are read from this index alone, without the join table's rows
create index key_point_theme_theme_point_idx on key_point_theme (theme_id, key_point_id);
drop index key_point_theme_theme_idx;
