package gov.perftarget.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU (per cent of one core, sampled every second) and memory (every five seconds) of each process under load, from /proc:
 * the three services, and what shares the machine with them (PostgreSQL's processes together, the
 * Kafka broker, this load generator), so that the report shows where the two cores went.
 */
final class ProcessSampler implements AutoCloseable {

    /** What one process, or group of processes, used while the sampler ran. */
    record Usage(double averageCpuPercent, double peakCpuPercent, long peakRssMb) {
    }

    /**
     * The whole machine while the sampler ran, in per cent of one core: busy (user and system), waiting for
     * the disk (iowait) and stolen by the hypervisor (steal). Runs of the same code differ here several-fold in
     * latency at the same CPU use per process: these say whether the machine itself was the difference.
     */
    record MachineUsage(int cores, double busyPercent, double iowaitPercent, double stealPercent) {
    }

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    /** A peak is taken over at least this long: a late timer firing twice in a row would divide by almost nothing. */
    private static final long MIN_PEAK_INTERVAL_NANOS = 500_000_000L;

    /** Processes reported as one line; a group of several reports its memory as proportional shares. */
    private record Group(Supplier<List<Long>> pids, boolean proportionalMemory) {
    }

    private final Map<String, Group> groups;
    private final Map<Long, Long> lastTicks = new HashMap<>();
    private final Map<String, Long> totalTicks = new LinkedHashMap<>();
    private final Map<String, Long> ticksSincePeak = new HashMap<>();
    private final Map<String, Double> peakCpu = new HashMap<>();
    private final Map<String, Long> peakRss = new HashMap<>();
    private final long started = System.nanoTime();
    private final long[] machineAtStart = machineTicks();
    private long lastSample = started;
    private long lastPeakSample = started;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /**
     * @param services each service's process id; PostgreSQL (every process named {@code postgres}), the
     *        Kafka broker ({@code kafkaPid}, if known) and this process are added
     */
    ProcessSampler(Map<String, Long> services, Long kafkaPid) {
        groups = new LinkedHashMap<>();
        services.forEach((service, pid) -> groups.put(service, new Group(() -> List.of(pid), false)));
        groups.put("PostgreSQL (all its processes)", new Group(ProcessSampler::postgresPids, true));
        if (kafkaPid != null) {
            groups.put("Kafka broker", new Group(() -> List.of(kafkaPid), false));
        }
        groups.put("load generator (this benchmark)", new Group(() -> List.of(ProcessHandle.current().pid()), false));
        sample();
        timer.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Memory, and which processes a group has, are read every this many samples: reading PostgreSQL's
     * proportional shares (smaps_rollup) every second cost the load generator a tenth of a core in the
     * kernel, CPU taken from the machine it measures.
     */
    private static final int MEMORY_EVERY = 5;
    private final Map<String, List<Long>> groupPids = new HashMap<>();
    private int samples;

    private synchronized void sample() {
        long now = System.nanoTime();
        boolean peakDue = now - lastPeakSample >= MIN_PEAK_INTERVAL_NANOS;
        boolean memoryDue = samples++ % MEMORY_EVERY == 0;
        groups.forEach((name, group) -> {
            long ticks = 0;
            long memoryKb = 0;
            List<Long> pids = memoryDue || !groupPids.containsKey(name) ? group.pids().get() : groupPids.get(name);
            groupPids.put(name, pids);
            for (long pid : pids) {
                Long current = ticks(pid);
                if (current == null) {
                    continue; // gone since it was listed
                }
                // a process first seen now counts from now (what it used before is not this run's)
                Long previous = lastTicks.put(pid, current);
                ticks += previous == null ? 0 : current - previous;
                if (memoryDue) {
                    memoryKb += memoryKb(pid, group.proportionalMemory());
                }
            }
            totalTicks.merge(name, ticks, Long::sum);
            ticksSincePeak.merge(name, ticks, Long::sum);
            peakRss.merge(name, memoryKb / 1024, Math::max);
            if (peakDue && now > started) {
                double cpu = 100.0 * ticksSincePeak.get(name) / TICKS_PER_SECOND / ((now - lastPeakSample) / 1e9);
                peakCpu.merge(name, cpu, Math::max);
                ticksSincePeak.put(name, 0L);
            }
        });
        if (peakDue) {
            lastPeakSample = now;
        }
        lastSample = now;
    }

    synchronized Map<String, Usage> usage() {
        sample();
        double seconds = Math.max(1e-9, (lastSample - started) / 1e9);
        Map<String, Usage> usage = new LinkedHashMap<>();
        totalTicks.forEach((name, ticks) -> usage.put(name, new Usage(100.0 * ticks / TICKS_PER_SECOND / seconds,
                peakCpu.getOrDefault(name, 0.0), peakRss.getOrDefault(name, 0L))));
        return usage;
    }

    synchronized MachineUsage machine() {
        long[] now = machineTicks();
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        double[] percent = new double[now.length];
        for (int i = 0; i < now.length; i++) {
            percent[i] = Math.round(1000.0 * (now[i] - machineAtStart[i]) / TICKS_PER_SECOND / seconds) / 10.0;
        }
        return new MachineUsage(Runtime.getRuntime().availableProcessors(), percent[0], percent[1], percent[2]);
    }

    /**
     * Ticks of all cores from the first line of /proc/stat: busy (user, nice, system, irq, softirq), iowait,
     * steal; zeros where it cannot be read.
     */
    private static long[] machineTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.findFirst().orElseThrow().trim().split("\\s+");
            return new long[] {Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]), Long.parseLong(f[5]), Long.parseLong(f[8])};
        } catch (IOException | RuntimeException e) {
            return new long[3];
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** utime + stime of a process, or null when it is gone. */
    private static Long ticks(long pid) {
        try {
            String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst(".*\\) ", "").split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Resident memory of a process (VmRSS); for a member of a group, its proportional share (Pss), so that
     * memory the group's processes share (PostgreSQL's shared buffers) counts once.
     */
    private static long memoryKb(long pid, boolean proportional) {
        try {
            Path file = Path.of("/proc/" + pid + (proportional ? "/smaps_rollup" : "/status"));
            String field = proportional ? "Pss:" : "VmRSS:";
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<Long> postgresPids() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).trim().equals("postgres");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> Long.parseLong(p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
