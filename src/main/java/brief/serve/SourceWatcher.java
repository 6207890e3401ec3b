package brief.serve;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The preview's file watching: reports each changed path under content/ and themes/, relative to the source
 * folder (null: anything may have changed, reload everything). Editors' swap and backup files are left out.
 */
final class SourceWatcher implements AutoCloseable {
    private final Path root;
    private final Consumer<Path> changed;
    private final PrintStream console;
    private final ExecutorService watching = Executors.newSingleThreadExecutor(PreviewServer.named("brief-watch-folder"));
    private final ExecutorService sourceWatching = Executors.newSingleThreadExecutor(PreviewServer.named("brief-watch"));
    private java.nio.file.WatchService folderWatch;
    private final Object watchLock = new Object();
    private volatile boolean closed;
    private DirectoryWatcher watcher;

    private SourceWatcher(Path root, Consumer<Path> changed, PrintStream console) {
        this.root = root;
        this.changed = changed;
        this.console = console;
    }

    /** Starts watching; a source folder that cannot be watched at all is a {@link BriefException}. */
    static SourceWatcher start(Path root, Consumer<Path> changed, PrintStream console) {
        SourceWatcher w = new SourceWatcher(root, changed, console);
        w.watch();
        return w;
    }

    /**
     * Watches content/ and themes/ (recursively), and the source folder itself for those two being deleted or
     * created: a {@code git checkout} of another branch can replace them, and a watch on a deleted folder is
     * dead, so the preview would stay deaf to every later edit. When either comes or goes, their watch starts
     * again on what exists now and the whole site is reloaded.
     */
    private void watch() {
        watchSources(true);
        try {
            folderWatch = root.getFileSystem().newWatchService();
            root.register(folderWatch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            watching.execute(this::watchFolder);
        } catch (IOException e) {
            console.println("warning: cannot watch " + root + " (" + e.getMessage() + "); if content/ or themes/"
                    + " is deleted and recreated, restart ./brief serve to see later edits");
        }
    }

    private void watchSources(boolean first) {
        // Not the server's own lock: the watcher's thread takes that one to report a change.
        synchronized (watchLock) {
            watchSourcesLocked(first);
        }
    }

    private void watchSourcesLocked(boolean first) {
        if (closed) return;
        try {
            if (watcher != null) watcher.close();
        } catch (IOException e) {
            // A watch on a deleted folder may fail to close: it is replaced anyway.
        }
        watcher = null;
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of("content", "themes")) {
            Path p = root.resolve(d);
            if (Files.isDirectory(p)) dirs.add(p);
        }
        if (dirs.isEmpty()) return;
        try {
            watcher = DirectoryWatcher.builder().paths(dirs).fileHashing(false).listener(this::onEvent).build();
        } catch (IOException e) {
            if (first) throw new BriefException("cannot watch " + dirs + ": " + e.getMessage(), ExitCode.IO);
            console.println("warning: cannot watch " + dirs + " again: " + e.getMessage() + "; save again, or restart ./brief serve");
            return;
        }
        watcher.watchAsync(sourceWatching);
    }

    /** On its own thread: content/ or themes/ created or deleted in the source folder. */
    private void watchFolder() {
        while (true) {
            WatchKey key;
            try {
                key = folderWatch.take();
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
            boolean ours = false;
            for (WatchEvent<?> ev : key.pollEvents()) {
                String name = ev.context() == null ? "" : ev.context().toString();
                ours |= ev.kind() == StandardWatchEventKinds.OVERFLOW || name.equals("content") || name.equals("themes");
            }
            boolean valid = key.reset();
            if (ours) {
                watchSources(false);
                changed.accept(null);
            }
            if (!valid) return;
        }
    }

    private void onEvent(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || e.path() == null) {
            changed.accept(null);
            return;
        }
        Path rel = root.relativize(e.path());
        String name = rel.getFileName() == null ? "" : rel.getFileName().toString();
        // Editors' swap and backup files are not sources.
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.contains("___jb_")) return;
        if (e.isDirectory() && e.eventType() == DirectoryChangeEvent.EventType.MODIFY) return;
        changed.accept(rel);
    }

    @Override
    public void close() {
        try {
            synchronized (watchLock) {
                closed = true;
                if (watcher != null) watcher.close();
                watcher = null;
            }
            if (folderWatch != null) folderWatch.close();
        } catch (IOException e) {
            // Closing on the way out: nothing useful to do.
        }
        watching.shutdownNow();
        sourceWatching.shutdownNow();
    }
}
