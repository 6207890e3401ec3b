package brief.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The script the preview adds to every HTML response, just before {@code </body>}: it listens to
 * {@code /_brief/events}, reloads the page after a rebuild and shows build errors in an overlay. The files
 * of {@code brief build} never contain it because it is added only when a page is sent.
 */
public final class LiveReload {
    public static final String EVENTS = "/_brief/events";
    public static final String OVERLAY_ID = "brief-error-overlay";

    private LiveReload() {}

    /** The script for a page built as {@code version}; {@code errors} (formatted diagnostics) show at once. */
    static String script(long version, List<String> errors) {
        return "<script>/* brief serve: live reload (preview only) */(function(){"
                + "var v=" + Json.string(Long.toString(version)) + ";"
                + "function hide(){var o=document.getElementById('" + OVERLAY_ID + "');if(o)o.remove();}"
                + "function show(list){hide();var o=document.createElement('div');o.id='" + OVERLAY_ID + "';"
                + "o.setAttribute('role','alert');"
                + "o.style.cssText='position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;"
                + "background:rgba(24,24,24,.94);color:#fafafa;font:14px/1.5 ui-monospace,monospace';"
                + "var h=document.createElement('h2');h.style.cssText='color:#ff8a80;font:bold 18px sans-serif;margin:0 0 1rem';"
                + "h.textContent='brief: the build failed. The last good site is still served; fix the error and save, this goes away by itself.';"
                + "o.appendChild(h);list.forEach(function(d){var p=document.createElement('pre');"
                + "p.style.cssText='white-space:pre-wrap;margin:0 0 1rem';p.textContent=d;o.appendChild(p);});"
                + "document.body.appendChild(o);}"
                + (errors.isEmpty() ? "" : "show(" + Json.strings(errors) + ");")
                + "if(!window.EventSource)return;var es=new EventSource('" + EVENTS + "');"
                + "es.addEventListener('hello',function(e){if(e.data!==v)location.reload();});"
                + "es.addEventListener('reload',function(){location.reload();});"
                + "es.addEventListener('ok',hide);"
                // 'error' is also how EventSource reports a lost connection: only server events carry data.
                + "es.addEventListener('error',function(e){if(typeof e.data==='string')show(JSON.parse(e.data));});"
                + "})();</script>\n";
    }

    /** The page with the script inserted before its last {@code </body>} (or appended when it has none). */
    static byte[] inject(byte[] html, long version, List<String> errors) {
        String page = new String(html, StandardCharsets.UTF_8);
        String s = script(version, errors);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + s : page.substring(0, at) + s + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
