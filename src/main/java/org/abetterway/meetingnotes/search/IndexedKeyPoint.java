package org.abetterway.meetingnotes.search;

import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A key point as the search index holds it: everything a result shows, read without the database. */
@ProjectionConstructor
record IndexedKeyPoint(@IdProjection Long id, @FieldProjection(path = SearchFields.ANCHOR) String anchor,
		@FieldProjection(path = SearchFields.POSITION) Integer position,
		@FieldProjection(path = SearchFields.SECTION) String section,
		@FieldProjection(path = SearchFields.TITLE) String title,
		@FieldProjection(path = SearchFields.TEXT) String text,
		@FieldProjection(path = SearchFields.THEME_SLUG) List<String> themes,
		@FieldProjection(path = SearchFields.MEETING_SLUG) String meetingSlug,
		@FieldProjection(path = SearchFields.MEETING_TITLE) String meetingTitle) {
}
