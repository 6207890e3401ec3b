package brief.cli;

import brief.diag.ExitCode;
import brief.serve.PreviewServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site and serves it for a local preview; rebuilds on every change to content/ and themes/ and reloads the browser. Build errors show in the browser while the last good site stays served. Preview pages: /_changes/ (what changed since the published build in <source>/site) and /_review/<article>/ (source and translation side by side). It answers only requests for localhost, *.localhost, loopback addresses, the --bind address and the --allow-host names. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--port", defaultValue = "1313", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests for this host name (repeatable; '.example.test' allows a domain and its subdomains)."
                    + " Always answered: localhost, *.localhost, loopback addresses and the --bind address.")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--drafts", description = "Include articles marked 'draft: true' (pages carry a draft banner).")
    boolean drafts;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to keep a copy of the preview on disk (default: <source>/target/serve-site).")
    Path out;

    @Override
    public Integer call() throws InterruptedException {
        Path root = source.root();
        if (port < 0 || port > 65535) throw new brief.diag.BriefException("--port must be 0–65535", ExitCode.USAGE);
        Path copy = out != null ? out.toAbsolutePath().normalize() : root.resolve("target").resolve("serve-site");
        PreviewServer server = PreviewServer.start(new PreviewServer.Options(root, bind, port, drafts, copy, true,
                allowHosts, PreviewServer.Limits.DEFAULT), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("\nstopped");
            stopped.countDown();
        }, "brief-serve-stop"));
        if (!isLoopback(bind)) {
            System.err.println("warning: listening on " + bind + ": other machines on the network can see this preview"
                    + " (drafts included when --drafts); use --bind 127.0.0.1 to keep it to this machine");
        }
        System.out.println("serving " + server.url() + (drafts ? " with drafts" : "") + " — Ctrl-C to stop");
        System.out.println("  watching content/ and themes/; what changed: http://" + hostOf(server) + "/_changes/"
                + ", translations: http://" + hostOf(server) + "/_review/");
        System.out.println("  served from memory; a copy is kept in " + BuildCommand.displayPath(root, copy)
                + " (the published site in site/ is not touched)");
        if (!allowHosts.isEmpty()) System.out.println("  also answering to: " + String.join(", ", allowHosts));
        if (open) openBrowser(server.url());
        stopped.await();
        return ExitCode.OK.code();
    }

    private static String hostOf(PreviewServer s) {
        String u = s.url().substring("http://".length());
        return u.substring(0, u.indexOf('/'));
    }

    static boolean isLoopback(String bind) {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1") || bind.startsWith("127.");
    }

    private static void openBrowser(String url) {
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            System.err.println("note: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
