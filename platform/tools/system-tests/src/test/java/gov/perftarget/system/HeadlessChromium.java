package gov.perftarget.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for the tests: Debian's {@code chromium} in headless mode, which loads a page, runs
 * its scripts (virtual time lets them finish) and prints the resulting DOM. The test command installs
 * it ({@code deploy/local/test.sh}); without it the browser tests fail rather than skip.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** The page's DOM after its scripts ran. */
    static String renderedDom(String url) throws IOException, InterruptedException {
        String executable = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("chromium is not installed: apt-get install chromium"));
        Path profile = Files.createTempDirectory("chromium-profile");
        Process browser = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=20000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = browser.getInputStream().readAllBytes();
        if (!browser.waitFor(60, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
            throw new IllegalStateException("chromium did not finish rendering " + url);
        }
        return new String(dom, StandardCharsets.UTF_8);
    }
}
