package brief.cli;

import java.io.PrintStream;

/** Says the build is still going when it runs longer than a couple of seconds. */
final class Progress {
    private final Thread thread;

    private Progress(Thread thread) {
        this.thread = thread;
    }

    static Progress start(PrintStream err, boolean quiet) {
        long start = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(2000);
                while (true) {
                    err.printf("building… %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
                    Thread.sleep(2000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brief-progress");
        t.setDaemon(true);
        if (!quiet) t.start();
        return new Progress(t);
    }

    void stop() {
        thread.interrupt();
    }
}
