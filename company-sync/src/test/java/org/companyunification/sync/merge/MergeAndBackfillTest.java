package org.companyunification.sync.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.companyunification.sync.merge.MergeFixture.one;
import static org.companyunification.sync.merge.MergeFixture.rows;

import java.time.Duration;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.Sync;
import org.companyunification.sync.internal.WriterLock;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationReport;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

class MergeAndBackfillTest {

    @DatabaseTest
    void shouldLandLaterSyncsOfTheMergedCompanysLegacyRowsOnTheSurvivor(TestDatabase db) throws Exception {
        // given a merge, then legacy rows of the merged company that changed or are new
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge.configure().dataSource(ds).load().merge(pge.survivor, pge.duplicate);
        MergeFixture.update(ds, "UPDATE operators SET contact_phone = '+1 415 555 0100' WHERE operator_id = 20");
        new LegacyData()
                .constructor(70, "PG&E")
                .operatorOnProject(53, 1, 20, true)
                .personAt(62, 8, "operator", 20, a -> a.title("Shift lead"))
                .insertInto(ds);

        // when
        Backfill.configure().dataSource(ds).load().run();

        // then nothing lands on the tombstone and no company is created for it again
        long s = pge.survivor;
        assertThat(rows(ds, "SELECT company_id FROM companies WHERE merged_into_company_id IS NULL ORDER BY 1"))
                .containsExactlyInAnyOrder(String.valueOf(s), String.valueOf(pge.edison));
        assertThat(rows(ds, "SELECT * FROM company_role_assignments WHERE company_id = " + pge.duplicate)).isEmpty();
        assertThat(rows(ds, "SELECT * FROM person_company_affiliations WHERE company_id = " + pge.duplicate))
                .isEmpty();
        assertThat(one(ds, "SELECT contact_phone FROM companies WHERE company_id = " + s))
                .isEqualTo("+1 415 555 0100");
        assertThat(MergeFixture.companyOf(ds, "constructors", 70)).isEqualTo(s);
        assertThat(rows(ds, "SELECT r.role_code FROM company_role_assignments a JOIN company_roles r"
                + " ON r.role_id = a.role_id WHERE a.company_id = " + s + " AND a.context_type IS NULL ORDER BY 1"))
                .containsExactly("client", "constructor", "developer", "operator");
        assertThat(rows(ds, "SELECT role_id, context_id, is_primary FROM company_role_assignments"
                + " WHERE company_id = " + s + " AND role_id = 3 AND context_id IS NOT NULL ORDER BY context_id"))
                .containsExactly("3 | 1 | 1", "3 | 2 | 0");
        assertThat(rows(ds, "SELECT a.title FROM person_company_affiliations a WHERE a.person_id = 8"
                + " AND a.company_id = " + s + " ORDER BY 1")).containsExactly("Engineer", "Shift lead");
        // and the validation still passes: role counts match, integrity holds
        ValidationReport report = Validation.configure().dataSource(ds).load().validate();
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @DatabaseTest
    void shouldLandCatchUpSyncsOfTheMergedCompanysLegacyRowsOnTheSurvivor(TestDatabase db) throws Exception {
        // given a merge, then legacy rows of the merged company that changed or are new, written without the library
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge.configure().dataSource(ds).load().merge(pge.survivor, pge.duplicate);
        MergeFixture.update(ds, "UPDATE operators SET contact_phone = '+1 415 555 0100' WHERE operator_id = 20");
        new LegacyData()
                .operatorOnProject(53, 1, 20, true)
                .personAt(62, 8, "operator", 20, a -> a.title("Shift lead"))
                .insertInto(ds);
        Sync sync = Sync.configure().dataSource(ds).load();

        // when
        sync.run();

        // then they land on the survivor, never on the tombstone
        long s = pge.survivor;
        assertThat(one(ds, "SELECT contact_phone FROM companies WHERE company_id = " + s))
                .isEqualTo("+1 415 555 0100");
        assertThat(rows(ds, "SELECT a.title FROM person_company_affiliations a WHERE a.person_id = 8"
                + " AND a.company_id = " + s + " ORDER BY 1")).containsExactly("Engineer", "Shift lead");
        assertThat(rows(ds, "SELECT * FROM company_role_assignments WHERE company_id = " + pge.duplicate)).isEmpty();
        assertThat(rows(ds, "SELECT * FROM person_company_affiliations WHERE company_id = " + pge.duplicate))
                .isEmpty();

        // and when one of those legacy rows is deleted, the next sync removes it from the survivor
        MergeFixture.update(ds, "DELETE FROM personnel_entity_relationships WHERE relationship_id = 62");
        sync.run();
        assertThat(rows(ds, "SELECT a.title FROM person_company_affiliations a WHERE a.person_id = 8"
                + " AND a.company_id = " + s + " ORDER BY 1")).containsExactly("Engineer");
        assertThat(Validation.configure().dataSource(ds).load().validate().failures()).isEmpty();
    }

    @DatabaseTest
    void shouldPassValidationRightAfterAMergeAndAfterItsUndo(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        Validation validation = Validation.configure().dataSource(ds).load();

        // when / then
        long mergeId = merger.merge(pge.survivor, pge.duplicate).mergeId();
        assertThat(validation.validate().failures()).isEmpty();
        merger.unmerge(mergeId);
        assertThat(validation.validate().failures()).isEmpty();
    }

    @DatabaseTest
    void shouldKeepTheMergedCompanyWhenTheRunThatCreatedItIsRolledBack(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Backfill backfill = Backfill.configure().dataSource(ds).load();
        long runId = backfill.runs().get(0).runId();
        CompanyMerge.configure().dataSource(ds).load().merge(pge.survivor, pge.duplicate);

        // when
        backfill.rollback(runId);

        // then the survivor and the tombstone stay, as the merge record names them
        assertThat(rows(ds, "SELECT company_id, merged_into_company_id FROM companies WHERE company_id IN ("
                + pge.survivor + ", " + pge.duplicate + ") ORDER BY merged_into_company_id"))
                .containsExactlyInAnyOrder(pge.survivor + " | null", pge.duplicate + " | " + pge.survivor);
    }

    @DatabaseTest
    void shouldRefuseToMergeWhileAnotherOperationHoldsTheWriterLock(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();

        // when / then
        try (WriterLock held = WriterLock.acquire(ds, db.vendor(), "backfill", 41L, Duration.ZERO)) {
            assertThatThrownBy(() -> merger.merge(pge.survivor, pge.duplicate))
                    .isInstanceOf(CompanyUnificationException.class)
                    .hasMessageContaining("backfill run 41")
                    .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.WRITER_BUSY);
        }
        assertThat(merger.merges()).isEmpty();
    }
}
