package gov.perftarget.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** CPU (per cent of one core) and resident memory of the services' processes, sampled every second from /proc. */
final class ProcessSampler implements AutoCloseable {

    /** What one process used while the sampler ran. */
    record Usage(double averageCpuPercent, double peakCpuPercent, long peakRssMb) {
    }

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final Map<String, Long> pids;
    private final Map<String, long[]> first = new LinkedHashMap<>();
    private final Map<String, long[]> last = new LinkedHashMap<>();
    private final Map<String, Double> peakCpu = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    ProcessSampler(Map<String, Long> pids) {
        this.pids = pids;
        sample();
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        long now = System.nanoTime();
        pids.forEach((service, pid) -> {
            try {
                String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst(".*\\) ", "").split(" ");
                long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime + stime
                long rssKb = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst().orElse(0);
                long[] previous = last.get(service);
                if (previous != null && now > previous[1]) {
                    double cpu = 100.0 * (ticks - previous[0]) / TICKS_PER_SECOND / ((now - previous[1]) / 1e9);
                    peakCpu.merge(service, cpu, Math::max);
                }
                first.putIfAbsent(service, new long[] {ticks, now});
                last.put(service, new long[] {ticks, now});
                peakRss.merge(service, rssKb / 1024, Math::max);
            } catch (java.io.IOException | RuntimeException e) {
                // the process is gone: nothing to sample
            }
        });
    }

    synchronized Map<String, Usage> usage() {
        sample();
        Map<String, Usage> usage = new LinkedHashMap<>();
        first.forEach((service, start) -> {
            long[] end = last.get(service);
            double seconds = Math.max(1e-9, (end[1] - start[1]) / 1e9);
            usage.put(service, new Usage(100.0 * (end[0] - start[0]) / TICKS_PER_SECOND / seconds,
                    peakCpu.getOrDefault(service, 0.0), peakRss.getOrDefault(service, 0L)));
        });
        return usage;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
