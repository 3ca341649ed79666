package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class AssignmentContextTest {

    @Test
    void shouldDescribeTheGlobalContextWithNoTypeAndNoId() {
        AssignmentContext global = AssignmentContext.global();

        assertThat(global.isGlobal()).isTrue();
        assertThat(global.type()).isNull();
        assertThat(global.projectId()).isEmpty();
        assertThat(AssignmentContext.of(null, null)).isEqualTo(global);
    }

    @Test
    void shouldDescribeAProjectContext() {
        AssignmentContext project = AssignmentContext.project(12);

        assertThat(project.isGlobal()).isFalse();
        assertThat(project.type()).isEqualTo("Project");
        assertThat(project.projectId()).hasValue(12);
        assertThat(AssignmentContext.of("Project", 12L)).isEqualTo(project);
    }

    @Test
    void shouldRefuseATypeWithoutAnId() {
        assertThatThrownBy(() -> AssignmentContext.of("Project", null))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("A context type needs a context id: got type 'Project' without an id")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldRefuseAnIdWithoutAType() {
        assertThatThrownBy(() -> AssignmentContext.of(null, 12L))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("A context id needs a context type: got id 12 without a type");
    }

    @Test
    void shouldRefuseAnUnknownType() {
        assertThatThrownBy(() -> AssignmentContext.of("Region", 3L))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Unknown context type 'Region': expected 'Project'");
    }
}
