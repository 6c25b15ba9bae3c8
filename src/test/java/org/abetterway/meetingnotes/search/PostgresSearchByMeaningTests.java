package org.abetterway.meetingnotes.search;

import org.abetterway.meetingnotes.PostgresTest;

/**
 * The judged reader queries on PostgreSQL, whose key points keep their vectors as {@code bytea}.
 */
@PostgresTest
class PostgresSearchByMeaningTests extends SearchByMeaningTests {

}
