/**
 * The preview server of {@code brief serve}.
 *
 * <p>The preview keeps the last good build in memory (path → bytes) and swaps it whole after each
 * successful rebuild, so a response is always a complete old or new page. A file watcher triggers
 * incremental rebuilds that render only the pages an edit can change; browsers learn about rebuilds and
 * build errors over Server-Sent Events. Nothing here changes what {@code brief build} writes: the live-reload
 * script and the warnings panel are added to HTML responses as they are sent. {@code PreviewServer} puts the parts
 * together: the HTTP side ({@code HttpListener}, on Undertow) answers only this machine's names ({@code HostCheck})
 * and bounds what a client can hold (time and size of a request head, connections per client, events queued per
 * event-stream client); {@code PreviewRequests} answers requests from what is served now; {@code PreviewRebuilds}
 * is the one rebuild thread; {@code SourceWatcher} watches the sources and {@code PreviewCopy} keeps the copy on disk.
 *
 * <p>For reviewers ({@code Reviewer}): the build's warnings placed on the pages they concern
 * ({@code PageWarnings}), {@code /_changes/} (the comparison of {@link brief.diff}), and {@code /_review/}
 * (source and translations aligned by the stamp's hashes, old paragraph texts from git by {@code StampedText}).
 */
package brief.serve;
