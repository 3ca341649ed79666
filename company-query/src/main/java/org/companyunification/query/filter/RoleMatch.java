package org.companyunification.query.filter;

/** How a filter on several roles combines them. */
public enum RoleMatch {
    /** A company qualifies when it holds at least one of the roles globally. */
    ANY,
    /** A company qualifies when it holds every one of the roles globally. */
    ALL
}
