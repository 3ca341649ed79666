package org.companyunification.cli;

import org.companyunification.cli.console.ProgressDisplay;
import java.util.ArrayList;
import java.util.List;

/** A progress display that records what it was asked to show. */
final class RecordingDisplay implements ProgressDisplay {

    final List<RecordedTask> tasks = new ArrayList<>();

    @Override
    public Task start(String name, long total) {
        RecordedTask task = new RecordedTask(name, total);
        tasks.add(task);
        return task;
    }

    /** One task: its name, total, every advance, and whether it was closed. */
    static final class RecordedTask implements Task {

        final String name;
        final long total;
        final List<Long> advances = new ArrayList<>();
        boolean closed;

        RecordedTask(String name, long total) {
            this.name = name;
            this.total = total;
        }

        @Override
        public void advance(long units) {
            advances.add(units);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
