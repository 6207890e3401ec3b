/**
 * The preview server of {@code brief serve} and the comparison behind {@code brief diff}.
 *
 * <p>The preview keeps the last good build in memory (path → bytes) and swaps it whole after each
 * successful rebuild, so a response is always a complete old or new page. A file watcher triggers
 * incremental rebuilds that render only the pages an edit can change; browsers learn about rebuilds and
 * build errors over Server-Sent Events. Nothing here changes what {@code brief build} writes: the live-reload
 * script is added to HTML responses as they are sent. The HTTP side ({@link brief.serve.HttpListener}, on
 * Undertow) answers only this machine's names ({@link brief.serve.HostCheck}) and bounds what a client can hold:
 * time and size of a request head, connections per client, events queued per event-stream client.
 */
package brief.serve;
