package org.vigil.it.support;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started: a shell script's java child must not outlive it. */
final class ProcessTree {

    private ProcessTree() {
    }

    static void terminate(ProcessHandle root, long gracefulSeconds) {
        List<ProcessHandle> all = new java.util.ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(gracefulSeconds, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGKILL to the whole tree at once, children first found, so none is orphaned before it is seen. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> all = new java.util.ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + p.pid() + " outlived SIGKILL", e);
            }
        }
    }

    /** A run that was killed outright leaves its pid behind; the next run cleans up after it. */
    static void terminateLeftover(long pid, String mustMention) {
        ProcessHandle.of(pid)
                .filter(p -> p.info().commandLine().map(c -> c.contains(mustMention)).orElse(false))
                .ifPresent(p -> terminate(p, 10));
    }
}
