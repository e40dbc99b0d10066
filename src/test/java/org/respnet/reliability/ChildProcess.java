package org.respnet.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** RespNet's command line in a separate JVM, so a test can kill it the way an operator or the OS would. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        Thread pump = new Thread(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<output closed: " + e.getMessage() + ">");
            }
        }, "child-output");
        pump.setDaemon(true);
        pump.start();
    }

    static ChildProcess respnet(Path workDir, String... args) throws IOException {
        return respnet(workDir, Map.of(), args);
    }

    /** With extra environment variables, e.g. {@code RESPNET_CONSOLE_TIMEOUT}, which Spring binds like the others. */
    static ChildProcess respnet(Path workDir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.respnet.cli.RespNetApplication"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("RESPNET_BOLT_PORT", "0");
        builder.environment().put("RESPNET_PAGE_CACHE", "64m");
        builder.environment().putAll(environment);
        return new ChildProcess(builder.start());
    }

    /** Waits for a line of output matching {@code wanted}; fails with everything seen so far if none comes. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no expected line within " + timeout + "; output:\n" + String.join("\n", output()));
    }

    List<String> output() {
        lines.drainTo(seen);
        return seen;
    }

    long pid() {
        return process.pid();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + "; output:\n" + String.join("\n", output()));
        }
        return process.exitValue();
    }

    /** Through kill(1): Process.destroy() would also close our end of the output pipe. */
    void sigterm() throws IOException, InterruptedException {
        signal("-TERM");
    }

    void sigkill() throws IOException, InterruptedException {
        signal("-KILL");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
