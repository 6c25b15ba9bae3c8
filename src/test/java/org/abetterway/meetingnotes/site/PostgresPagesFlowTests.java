package org.abetterway.meetingnotes.site;

import org.abetterway.meetingnotes.PostgresTest;

/**
 * The pages of the test notes, and the few queries each takes, on PostgreSQL.
 */
@PostgresTest
class PostgresPagesFlowTests extends PagesFlowTests {

}
