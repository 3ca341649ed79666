package org.companyunification.sync;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.BackfillProcess.SingleUrlDataSource;
import org.companyunification.sync.internal.WriterLock;

/**
 * Takes the writer lock in a process of its own, prints {@value #LOCKED} and holds the lock until it is killed,
 * so that a test can leave a lock behind the way a killed backfill does. Arguments: JDBC URL, user, password (may
 * be empty).
 */
final class WriterLockProcess {

    static final String LOCKED = "locked";

    private WriterLockProcess() {}

    public static void main(String[] args) throws InterruptedException {
        SingleUrlDataSource dataSource = new SingleUrlDataSource(args[0], args[1], args[2]);
        WriterLock lock = WriterLock.acquire(dataSource, DatabaseVendor.of(dataSource), "backfill", null,
                Duration.ZERO);
        lock.recordRun(41);
        System.out.println(LOCKED);
        System.out.flush();
        TimeUnit.HOURS.sleep(1);
    }
}
