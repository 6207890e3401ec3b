package brief.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /**
     * The script for a page built as {@code version}; {@code errors} (formatted diagnostics) show at once, and
     * {@code served} says whether a good site is being served under them (not when the first build failed).
     * The overlay has a close button (Escape closes it too); errors closed stay closed in this tab until they
     * change, and it goes away by itself once the build succeeds.
     */
    static String script(long version, List<String> errors, boolean served) {
        return "<script>/* brief serve: live reload (preview only) */(function(){"
                + "var v=" + Json.string(Long.toString(version)) + ",K='brief-dismissed',ID='" + OVERLAY_ID + "';"
                + "function store(f){try{return f(window.sessionStorage);}catch(x){return null;}}"
                + "function esc(e){if(e.key==='Escape'||e.key==='Esc')dismiss();}"
                + "function hide(){var o=document.getElementById(ID);if(o)o.remove();document.removeEventListener('keydown',esc);}"
                + "function dismiss(){var o=document.getElementById(ID);"
                + "if(o)store(function(s){s.setItem(K,o.getAttribute('data-errors'));});hide();}"
                + "function show(list,served){var key=JSON.stringify(list);"
                + "if(store(function(s){return s.getItem(K);})===key)return;hide();"
                + "var o=document.createElement('div');o.id=ID;o.setAttribute('data-errors',key);"
                + "o.setAttribute('role','alertdialog');o.setAttribute('aria-modal','true');o.setAttribute('aria-labelledby',ID+'-title');"
                + "o.style.cssText='position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;"
                + "background:rgba(24,24,24,.94);color:#fafafa;font:14px/1.5 ui-monospace,monospace';"
                + "var b=document.createElement('button');b.type='button';b.id=ID+'-close';b.textContent='Close';"
                + "b.title='Close (Esc)';b.style.cssText='float:right;margin:0 0 1rem 1rem;padding:.4rem 1rem;"
                + "font:bold 16px sans-serif;color:#181818;background:#fafafa;border:2px solid #ff8a80;border-radius:.3rem;cursor:pointer';"
                + "b.addEventListener('click',dismiss);o.appendChild(b);"
                + "var h=document.createElement('h2');h.id=ID+'-title';h.style.cssText='color:#ff8a80;font:bold 18px sans-serif;margin:0 0 1rem';"
                + "h.textContent=served?" + Json.string(SERVED) + ":" + Json.string(NOTHING_SERVED) + ";"
                + "o.appendChild(h);list.forEach(function(d){var p=document.createElement('pre');"
                + "p.style.cssText='white-space:pre-wrap;margin:0 0 1rem';p.textContent=d;o.appendChild(p);});"
                + "document.body.appendChild(o);document.addEventListener('keydown',esc);b.focus({preventScroll:true});}"
                + (errors.isEmpty() ? "store(function(s){s.removeItem(K);});"
                        : "show(" + Json.strings(errors) + "," + served + ");")
                + "if(!window.EventSource)return;var es=new EventSource('" + EVENTS + "');"
                + "es.addEventListener('hello',function(e){if(e.data!==v)location.reload();});"
                + "es.addEventListener('reload',function(){location.reload();});"
                + "es.addEventListener('ok',hide);"
                // 'error' is also how EventSource reports a lost connection: only server events carry data.
                + "es.addEventListener('error',function(e){if(typeof e.data==='string'){var d=JSON.parse(e.data);show(d.errors,d.served);}});"
                + "})();</script>\n";
    }

    /** The overlay's heading while the last good site is served under it. */
    static final String SERVED = "brief: the build failed. The last good site is still served; fix the error and save, this goes away by itself.";
    /** Its heading when there is no good site to serve (the first build failed). */
    static final String NOTHING_SERVED = "brief: the build failed, and no site has been built yet, so there is nothing to show."
            + " Fix the error and save: this page reloads by itself.";

    /** The data of an "error" event: the errors, and whether a good site is served under them. */
    static String errorData(List<String> errors, boolean served) {
        return "{\"served\":" + served + ",\"errors\":" + Json.strings(errors) + "}";
    }

    /**
     * At most {@code maxErrors} diagnostics and {@code maxChars} characters of them, then a line that says how
     * many more the terminal shows: a build with thousands of errors, or one whose source line is megabytes
     * long, must not put megabytes into every page and event.
     */
    static List<String> cap(List<String> errors, int maxErrors, int maxChars) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (String e : errors) {
            if (out.size() >= maxErrors || chars >= maxChars) break;
            int room = Math.min(maxChars - chars, 4096);
            String s = e;
            if (s.length() > room) {
                int end = Character.isHighSurrogate(s.charAt(room - 1)) ? room - 1 : room;
                s = s.substring(0, end) + "… (cut: see the terminal)";
            }
            out.add(s);
            chars += s.length();
        }
        int left = errors.size() - out.size();
        if (left > 0) out.add("… and " + left + " more error" + (left == 1 ? "" : "s") + ": see the terminal.");
        return List.copyOf(out);
    }

    /** The page with the script inserted before its last {@code </body>} (or appended when it has none). */
    static byte[] inject(byte[] html, long version, List<String> errors, boolean served) {
        String page = new String(html, StandardCharsets.UTF_8);
        String s = script(version, errors, served);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + s : page.substring(0, at) + s + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
