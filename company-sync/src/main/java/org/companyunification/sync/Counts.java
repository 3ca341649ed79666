package org.companyunification.sync;


/** The running counts of one legacy table in one run, and how far the run got in it. */
final class Counts {
    long read;
    long created;
    long updated;
    long unchanged;
    long merged;
    long rejected;
    long skipped;
    long warnings;
    Long lastId;
    boolean completed;

    TableResult toResult(Step step, String table) {
        return new TableResult(step, table, read, created, updated, unchanged, merged, rejected, skipped, warnings);
    }
}
