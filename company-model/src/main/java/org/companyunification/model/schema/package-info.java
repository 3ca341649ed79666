/** The versioned schema migrations of the unified and legacy schemas and the databases they run on. */
package org.companyunification.model.schema;
