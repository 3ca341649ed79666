/**
 * The demo: a small legacy data set shipped in the command-line jar ({@link
 * org.companyunification.cli.demo.DemoDataSet}), so that an operator can try the migration on an embedded H2
 * database, or on an empty PostgreSQL or MariaDB schema, before pointing the tool at production.
 */
package org.companyunification.cli.demo;
