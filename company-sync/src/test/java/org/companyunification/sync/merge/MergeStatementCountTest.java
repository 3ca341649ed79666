package org.companyunification.sync.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.companyunification.sync.Backfill;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;

class MergeStatementCountTest {

    @DatabaseTest
    void shouldMergeAndUndoWithTheSameStatementsWhateverTheCompaniesHold(TestDatabase db) throws Exception {
        // given the fixture's two companies, once as they are and once each with 60 more projects, people and
        // other companies on record
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        List<String> small = mergeAndUndo(ds, pge);
        LegacyData more = new LegacyData();
        for (int i = 0; i < 60; i++) {
            more.project(1000 + i, "Project " + i).person(1000 + i, "Person " + i).vendor(1000 + i, "Vendor " + i)
                    .ownerOnProject(2000 + i, 1000 + i, 10, false)
                    .ownerOnProject(3000 + i, 1000 + i, 11, i % 2 == 0)
                    .operatorOnProject(4000 + i, 1000 + i, 20, false)
                    .personAt(5000 + i, 1000 + i, "owner", i % 2 == 0 ? 10 : 11);
        }
        more.insertInto(ds);
        Backfill.configure().dataSource(ds).load().run();
        // 6 global roles and 3 project roles before, 60 new vendors' roles and 180 new project roles
        assertThat(MergeFixture.one(ds, "SELECT COUNT(*) FROM company_role_assignments"))
                .isEqualTo(String.valueOf(6 + 3 + 60 + 3 * 60));

        // when
        List<String> large = mergeAndUndo(ds, pge);

        // then
        assertThat(large).hasSize(small.size()).isEqualTo(small);
        assertThat(small.size()).isLessThan(100);
    }

    private static List<String> mergeAndUndo(DataSource ds, MergeFixture pge) {
        SqlRecorder recorder = SqlRecorder.wrap(ds);
        CompanyMerge merger = CompanyMerge.configure().dataSource(recorder.dataSource()).load();
        recorder.clear();
        merger.unmerge(merger.merge(pge.survivor, pge.duplicate).mergeId());
        return recorder.statements();
    }
}
