package brief.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host and Origin headers the preview answers (see {@link HostCheck}); no name is ever looked up. */
class HostCheckTest {
    @Test
    void loopbackLocalhostAndTheBoundAddressAreAnsweredOtherNamesAreNot() {
        HostCheck loopback = new HostCheck("127.0.0.1", List.of());
        for (String ok : List.of("localhost", "LOCALHOST:1313", "localhost.", "a.b.localhost:80", "127.0.0.1", "127.0.0.1:1313",
                "127.255.1.2", "[::1]", "[::1]:1313", "[0:0:0:0:0:0:0:1]:8080")) {
            assertTrue(loopback.allowsHost(ok), ok);
        }
        for (String no : List.of("evil.example", "evil.example:1313", "localhost.evil.example", "127.0.0.1.nip.io",
                "999.0.0.1", "10.0.0.1", "[::2]", "[::1", "[::1]x", "localhost:abc", "local host", "", "[evil.example]",
                "xn--localhost-.example")) {
            assertFalse(loopback.allowsHost(no), no);
        }
        assertFalse(loopback.allowsHost(null));

        HostCheck lan = new HostCheck("192.168.1.5", List.of("preview.example.test", ".team.test"));
        assertTrue(lan.allowsHost("192.168.1.5:1313"));
        assertFalse(lan.allowsHost("192.168.1.6:1313"));
        assertTrue(lan.allowsHost("Preview.Example.Test"));
        assertTrue(lan.allowsHost("team.test") && lan.allowsHost("x.team.test"));
        assertFalse(lan.allowsHost("evilteam.test"));
        assertFalse(lan.allowsHost("preview.example.test.evil.example"));

        assertTrue(new HostCheck("mybox.lan", List.of()).allowsHost("mybox.lan:1313"), "a name it was told to bind");
        assertTrue(new HostCheck("::1", List.of()).allowsHost("[::1]:1313"));
        assertTrue(new HostCheck("0.0.0.0", List.of()).allowsHost("127.0.0.1"), "listening everywhere: loopback still");
    }

    @Test
    void onlyOriginsOfAllowedHostsMayReachThePreview() {
        HostCheck c = new HostCheck("127.0.0.1", List.of());
        assertTrue(c.allowsOrigin(null), "no Origin: a navigation");
        for (String ok : List.of("http://localhost:1313", "http://127.0.0.1:1313", "https://x.localhost", "http://[::1]:1313")) {
            assertTrue(c.allowsOrigin(ok), ok);
        }
        for (String no : List.of("null", "http://evil.example", "https://evil.example:1313", "file://", "ftp://localhost",
                "http://localhost@evil.example", "http://localhost/path", "localhost", "")) {
            assertFalse(c.allowsOrigin(no), no);
        }
    }

    @Test
    void allowHostTakesNamesNotUrls() {
        for (String ok : List.of("preview.example.test", ".team.test", "192.168.1.5", "::1", "MyBox")) {
            assertTrue(HostCheck.isValidOption(ok), ok);
        }
        for (String no : List.of("http://preview.example.test", "preview.example.test:1313", "", "a/b", "*")) {
            assertFalse(HostCheck.isValidOption(no), no);
        }
        brief.diag.BriefException e = org.junit.jupiter.api.Assertions.assertThrows(brief.diag.BriefException.class,
                () -> new PreviewServer.Options(java.nio.file.Path.of("."), "127.0.0.1", 0, false, null, false,
                        List.of("http://preview.example.test:1313"), PreviewServer.Limits.DEFAULT));
        org.junit.jupiter.api.Assertions.assertEquals("--allow-host 'http://preview.example.test:1313' is not a host name;"
                + " give a name such as preview.example.test (or .example.test for a whole domain), without http:// or a port",
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(brief.diag.ExitCode.USAGE, e.exitCode(), "a usage error");
    }
}
