package org.abetterway.meetingnotes.site;

import org.abetterway.meetingnotes.PostgresTest;

/**
 * The JSON API's contract, field by field, on PostgreSQL.
 */
@PostgresTest
class PostgresApiContractTests extends ApiContractTests {

}
