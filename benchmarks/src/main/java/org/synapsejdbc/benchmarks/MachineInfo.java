package org.synapsejdbc.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Describes the machine a run happened on: cores, memory, CPU model, JVM, OS, load average. */
final class MachineInfo {
    private MachineInfo() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        StringBuilder sb = new StringBuilder();
        sb.append("- CPU: ").append(rt.availableProcessors()).append(" cores available to the JVM");
        cpuModel().ifPresent(m -> sb.append(" (").append(m).append(')'));
        sb.append('\n');
        memTotal().ifPresent(m -> sb.append("- Memory: ").append(m).append('\n'));
        sb.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", harness max heap ")
                .append(rt.maxMemory() / (1024 * 1024)).append(" MiB, arguments ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append('\n');
        sb.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        return sb.toString();
    }

    /** The 1/5/15-minute load averages, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
