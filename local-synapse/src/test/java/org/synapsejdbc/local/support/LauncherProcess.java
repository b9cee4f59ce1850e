package org.synapsejdbc.local.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synapsejdbc.local.Launcher;

/** Runs the {@link Launcher} in a separate JVM (as {@code java -jar} would) and reads its banner. */
public final class LauncherProcess implements AutoCloseable {

    private static final Pattern REPO = Pattern.compile("repo endpoint: (http://\\S+)/repo/v1");

    private final Process process;
    private final List<String> banner = new ArrayList<>();
    private String baseUrl;

    private LauncherProcess(Process p) {
        this.process = p;
    }

    /** Starts {@code Launcher} with these arguments and waits (≤ 30 s) until it printed its endpoints. */
    public static LauncherProcess start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        LauncherProcess lp = new LauncherProcess(pb.start());
        lp.readBanner();
        return lp;
    }

    private void readBanner() throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 30_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            banner.add(line);
            Matcher m = REPO.matcher(line);
            if (m.find()) {
                baseUrl = m.group(1);
            }
            if (line.contains("Stop with Ctrl-C")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("local-synapse did not print its banner: " + banner);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<String> banner() {
        return banner;
    }

    /** SIGKILL, as {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
