package org.companyunification.query.view;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/** Copies collections into the immutable forms the views hold. */
final class Views {

    private Views() {}

    static Set<RoleCode> roles(Set<RoleCode> roles) {
        EnumSet<RoleCode> copy = EnumSet.noneOf(RoleCode.class);
        copy.addAll(roles);
        return Collections.unmodifiableSet(copy);
    }
}
